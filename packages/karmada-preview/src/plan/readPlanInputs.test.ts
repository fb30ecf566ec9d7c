import { writeFiles, yamlDocuments } from '../testUtils/writeFiles';
import { cluster, deployment, overridePolicy } from './__fixtures__/objects';
import { readPlanInputs } from './readPlanInputs';

const propagationPolicy = {
  apiVersion: 'policy.karmada.io/v1alpha1',
  kind: 'PropagationPolicy',
  metadata: { name: 'web', namespace: 'shop' },
  spec: { placement: {} },
};
const op = overridePolicy('OverridePolicy', 'web-op', []);
const cop = overridePolicy('ClusterOverridePolicy', 'fleet', []);

function setup(contents: Record<string, unknown>, overrides: string[]) {
  const f = writeFiles({
    'fleet.yaml': { kind: 'List', items: [cluster('a'), cluster('b')] },
    'pp.yaml': propagationPolicy,
    'web.yaml': deployment,
    ...contents,
  });
  const inputs = readPlanInputs({
    clusters: f['fleet.yaml'],
    policy: f['pp.yaml'],
    workload: f['web.yaml'],
    overrides: overrides.map(name => f[name]),
  });
  return { f, inputs };
}

const read = (contents: Record<string, unknown>, overrides: string[]) =>
  setup(contents, overrides).inputs;

/** The one-line message, with the temporary file's path shown as FILE. */
async function failure(contents: Record<string, unknown>, overrides: string[]) {
  const { f, inputs } = setup(contents, overrides);
  const error = await inputs.then(
    () => new Error('no error'),
    e => e,
  );
  return String(error.message).split(f[overrides[0]]).join('FILE');
}

describe('readPlanInputs', () => {
  it('reads the fleet, the policy and the workload', async () => {
    const inputs = await read({}, []);
    expect(inputs.clusters).toEqual([cluster('a'), cluster('b')]);
    expect(inputs.policy).toEqual(propagationPolicy);
    expect(inputs.workload).toEqual(deployment);
    expect(inputs.overridePolicies).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[], string[]]>([
    ['one policy', { 'op.yaml': op }, ['op.yaml'], ['web-op']],
    [
      'several documents, skipping other kinds',
      { 'all.yaml': yamlDocuments([deployment, op, propagationPolicy, cop]) },
      ['all.yaml'],
      ['web-op', 'fleet'],
    ],
    [
      'a List',
      { 'list.json': { kind: 'List', items: [cop, op] } },
      ['list.json'],
      ['fleet', 'web-op'],
    ],
    [
      'several files, in order',
      { 'op.yaml': op, 'cop.json': cop },
      ['op.yaml', 'cop.json'],
      ['web-op', 'fleet'],
    ],
  ])('reads --overrides with %s', async (_, contents, overrides, names) => {
    const inputs = await read(contents, overrides);
    expect(inputs.overridePolicies.map(p => p.metadata.name)).toEqual(names);
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'a file without override policies',
      { 'x.yaml': deployment },
      '--overrides FILE: has no OverridePolicy or ClusterOverridePolicy',
    ],
    [
      'a malformed rule in a List',
      {
        'x.json': {
          kind: 'List',
          items: [
            op,
            overridePolicy('OverridePolicy', 'bad', [
              { overriders: { imageOverrider: [{ operator: 'replace' }] } },
            ]),
          ],
        },
      },
      'FILE items[1]: spec.overrideRules[0].overriders.imageOverrider[0].component: is required',
    ],
    [
      'a malformed rule in a second document',
      {
        'x.yaml': yamlDocuments([
          op,
          {
            ...op,
            spec: { overrideRules: [{ overriders: { plaintext: 'x' } }] },
          },
        ]),
      },
      'FILE (document 2): spec.overrideRules[0].overriders.plaintext: must be a list',
    ],
    ['a file that is not YAML', { 'x.yaml': 'a: [' }, 'FILE: not YAML or JSON'],
  ])('rejects %s, naming the file and field', async (_, contents, message) => {
    const overrides = Object.keys(contents);
    expect(await failure(contents, overrides)).toContain(message);
  });
});
