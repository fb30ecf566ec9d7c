import { createElement } from 'react';
import { getComponentData } from '@backstage/core-plugin-api';
import * as legacy from './fieldExtensions';

// Legacy apps find field extensions by the component data the scaffolder
// attaches (`scaffolder.extensions.field.v1`); karmadaPlugin.provide() must
// keep it.
describe('legacy field extensions', () => {
  it('expose every Karmada field to <ScaffolderFieldExtensions>', () => {
    const names = Object.values(legacy).map(
      extension =>
        getComponentData<{ name: string }>(
          createElement(extension),
          'scaffolder.extensions.field.v1',
        )?.name,
    );
    expect(names.sort()).toEqual([
      'KarmadaDifferentialConfig',
      'KarmadaLifecycle',
      'KarmadaPlacement',
      'KarmadaProbes',
      'KarmadaResources',
      'KarmadaReview',
    ]);
  });
});
