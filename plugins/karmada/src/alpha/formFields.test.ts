import { createExtensionTester } from '@backstage/frontend-test-utils';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import plugin from '../alpha';
import { karmadaFormFields } from './formFields';

describe('karmada form fields (new frontend system)', () => {
  it('load each field with its name, component and validation', async () => {
    const fields = await Promise.all(
      karmadaFormFields.map(extension =>
        createExtensionTester(extension).get(
          FormFieldBlueprint.dataRefs.formFieldLoader,
        )(),
      ),
    );
    expect(
      fields.map(f => {
        const field = f as unknown as {
          name: string;
          component: unknown;
          validation?: unknown;
        };
        return [field.name, typeof field.component, typeof field.validation];
      }),
    ).toEqual([
      ['KarmadaPlacement', 'function', 'function'],
      ['KarmadaDifferentialConfig', 'function', 'function'],
      ['KarmadaProbes', 'function', 'function'],
      ['KarmadaLifecycle', 'function', 'function'],
      ['KarmadaResources', 'function', 'function'],
      ['KarmadaReview', 'function', 'function'],
    ]);
  });

  it('are part of the plugin discovered from ./alpha', () => {
    expect(plugin.id).toBe('karmada');
    const ids = (
      plugin as unknown as { getExtension(id: string): unknown }
    ).getExtension('scaffolder-form-field:karmada/karmada-placement');
    expect(ids).toBeDefined();
  });
});
