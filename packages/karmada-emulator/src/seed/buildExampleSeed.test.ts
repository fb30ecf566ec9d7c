import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { buildExampleSeed } from './buildExampleSeed';

const repoRoot = join(__dirname, '../../../..');

describe('examples/emulator/seed.yaml', () => {
  it('is the rendering of examples/emulator/workloads (run scripts/render-seed.mjs when this fails)', () => {
    expect(
      readFileSync(join(repoRoot, 'examples/emulator/seed.yaml'), 'utf8'),
    ).toBe(buildExampleSeed(repoRoot));
  });

  it('holds a Duplicated and a Dynamic-weight workload with an OverridePolicy', () => {
    const docs = parseAllDocuments(buildExampleSeed(repoRoot)).map(d =>
      d.toJS(),
    );
    const kinds = docs.map(d => `${d.kind}/${d.metadata.name}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'Deployment/web-frontend',
        'PropagationPolicy/web-frontend',
        'Deployment/checkout-api',
        'PropagationPolicy/checkout-api',
        'OverridePolicy/checkout-api',
      ]),
    );
    const pp = (name: string) =>
      docs.find(
        d => d.kind === 'PropagationPolicy' && d.metadata.name === name,
      );
    expect(
      pp('web-frontend').spec.placement.replicaScheduling.replicaSchedulingType,
    ).toBe('Duplicated');
    expect(
      pp('checkout-api').spec.placement.replicaScheduling.weightPreference
        .dynamicWeight,
    ).toBe('AvailableReplicas');
  });
});
