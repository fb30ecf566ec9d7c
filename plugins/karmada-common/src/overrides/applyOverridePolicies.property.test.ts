import fc from 'fast-check';
import { Cluster, KubernetesObject, OverridePolicy } from '../types';
import { OverrideError } from './OverrideError';
import { applyOverridePolicies } from './applyOverridePolicies';
import { explainOverrides } from './explainOverrides';
import { jsonEqual } from './objects';

const segment = fc.constantFrom(
  'spec',
  'metadata',
  'data',
  'template',
  'containers',
  'labels',
  'image',
  '0',
  '1',
  '-',
  '-1',
  'a~1b',
  '',
  'x',
);
const path = fc
  .tuple(fc.array(segment, { maxLength: 5 }), fc.boolean())
  .map(([s, lead]) => `${lead ? '/' : ''}${s.join('/')}`);
const operator = fc.constantFrom('add', 'remove', 'replace', 'test', 'merge');
const json = fc.jsonValue({ maxDepth: 2 });
const embedded = fc.oneof(
  fc.string(),
  json.map(v => JSON.stringify(v)),
  fc.constantFrom(
    'a: 1\nb: [x, y]\n',
    'k: {on: yes}\n',
    '- 1\n- two\n',
    '',
    'x: &a 1\n',
  ),
);
const stringMap = fc.dictionary(
  fc.constantFrom('app', 'tier', 'example.com/team', 'a~b', 'x'),
  fc.string({ maxLength: 5 }),
  { maxKeys: 3 },
);

const container = fc.record(
  {
    name: fc.constantFrom('web', 'side'),
    image: fc.oneof(
      fc.constantFrom(
        'nginx:1.25',
        `r.io/a/b@sha256:${'ab'.repeat(32)}`,
        'Bad',
        '',
      ),
      fc.string(),
    ),
    command: fc.array(fc.oneof(fc.string(), fc.integer())),
  },
  { requiredKeys: [] },
);
const resource: fc.Arbitrary<KubernetesObject> = fc.record(
  {
    apiVersion: fc.constantFrom('apps/v1', 'v1'),
    kind: fc.constantFrom(
      'Deployment',
      'Pod',
      'Job',
      'CronJob',
      'ConfigMap',
      '',
    ),
    metadata: fc.record(
      {
        name: fc.constantFrom('web', 'api'),
        namespace: fc.constantFrom('default', 'other'),
        labels: stringMap,
        annotations: stringMap,
      },
      { requiredKeys: [] },
    ),
    spec: fc.oneof(
      fc.record(
        {
          replicas: fc.oneof(fc.integer(), fc.string()),
          template: fc.record({
            spec: fc.record({
              containers: fc.array(container, { maxLength: 2 }),
            }),
          }),
        },
        { requiredKeys: [] },
      ),
      fc.record({ containers: fc.array(container, { maxLength: 2 }) }),
      json,
    ),
    data: fc.dictionary(fc.constantFrom('a.json', 'b.yaml', 'c'), embedded, {
      maxKeys: 2,
    }),
  },
  { requiredKeys: [] },
);

const overriders = fc.record(
  {
    imageOverrider: fc.array(
      fc.record(
        {
          component: fc.constantFrom('Registry', 'Repository', 'Tag', 'Port'),
          operator,
          value: fc.string({ maxLength: 8 }),
          predicate: fc.option(fc.record({ path }), { nil: undefined }),
        },
        { requiredKeys: ['component', 'operator'] },
      ),
      { maxLength: 2 },
    ),
    commandOverrider: fc.array(
      fc.record({
        containerName: fc.constantFrom('web', 'side'),
        operator,
        value: fc.array(fc.string({ maxLength: 4 })),
      }),
      { maxLength: 2 },
    ),
    argsOverrider: fc.array(
      fc.record({
        containerName: fc.constantFrom('web'),
        operator,
        value: fc.array(fc.string({ maxLength: 4 })),
      }),
      { maxLength: 1 },
    ),
    labelsOverrider: fc.array(fc.record({ operator, value: stringMap }), {
      maxLength: 2,
    }),
    annotationsOverrider: fc.array(fc.record({ operator, value: stringMap }), {
      maxLength: 2,
    }),
    fieldOverrider: fc.array(
      fc.record(
        {
          fieldPath: fc.oneof(
            path,
            fc.constantFrom('/data/a.json', '/data/b.yaml'),
          ),
          json: fc.array(fc.record({ subPath: path, operator, value: json }), {
            maxLength: 2,
          }),
          yaml: fc.array(fc.record({ subPath: path, operator, value: json }), {
            maxLength: 2,
          }),
        },
        { requiredKeys: ['fieldPath'] },
      ),
      { maxLength: 1 },
    ),
    plaintext: fc.array(
      fc.record(
        { path, operator, value: json },
        { requiredKeys: ['path', 'operator'] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: [] },
);
const affinity = fc.record(
  {
    clusterNames: fc.array(fc.constantFrom('member1', 'member2')),
    exclude: fc.array(fc.constantFrom('member1')),
    labelSelector: fc.record({ matchLabels: stringMap }),
  },
  { requiredKeys: [] },
);
const policy: fc.Arbitrary<OverridePolicy> = fc.record({
  kind: fc.constantFrom('OverridePolicy', 'ClusterOverridePolicy'),
  metadata: fc.record({
    name: fc.constantFrom('p1', 'p10', 'p9', 'A'),
    namespace: fc.constantFrom('default', 'other'),
  }),
  spec: fc.record(
    {
      resourceSelectors: fc.array(
        fc.record(
          {
            apiVersion: fc.constantFrom('apps/v1', 'v1'),
            kind: fc.constantFrom('Deployment', 'Pod'),
            name: fc.constantFrom('web', ''),
            labelSelector: fc.record({ matchLabels: stringMap }),
          },
          { requiredKeys: ['apiVersion', 'kind'] },
        ),
        { maxLength: 2 },
      ),
      overrideRules: fc.array(
        fc.record(
          {
            targetCluster: fc.option(affinity, { nil: undefined }),
            overriders,
          },
          { requiredKeys: ['overriders'] },
        ),
        { maxLength: 3 },
      ),
      overriders,
    },
    { requiredKeys: [] },
  ),
});
const member: Cluster = {
  metadata: { name: 'member1', labels: { app: 'x' } },
  spec: { region: 'eu', zones: ['eu-1'] },
};

type Outcome<T> = { value: T } | { error: unknown };

function attempt<T>(fn: () => T): Outcome<T> {
  try {
    return { value: fn() };
  } catch (error) {
    return { error };
  }
}

function onlyOverrideErrors(outcome: Outcome<unknown>): boolean {
  if (!('error' in outcome)) return true;
  return (
    outcome.error instanceof OverrideError &&
    !outcome.error.message.includes('internal error')
  );
}

describe('applyOverridePolicies properties', () => {
  it('never mutates its inputs, throws nothing but OverrideError, and agrees with explainOverrides', () => {
    const property = fc.property(
      resource,
      fc.array(policy, { maxLength: 4 }),
      (r, policies) => {
        const before = JSON.stringify([r, policies]);
        const applied = attempt(
          () => applyOverridePolicies(r, member, policies).resource,
        );
        const explained = attempt(
          () => explainOverrides(r, member, policies).resource,
        );
        const unchanged = JSON.stringify([r, policies]) === before;
        const agree =
          'value' in applied
            ? 'value' in explained && jsonEqual(applied.value, explained.value)
            : 'error' in explained &&
              (explained.error as OverrideError).reason ===
                (applied.error as OverrideError).reason;
        return (
          unchanged &&
          onlyOverrideErrors(applied) &&
          onlyOverrideErrors(explained) &&
          agree
        );
      },
    );
    expect(() => fc.assert(property, { numRuns: 400 })).not.toThrow();
  });
});
