import fc from 'fast-check';
import { KarmadaInputError } from '../errors';
import { createFleetSnapshot } from './snapshot';
import { previewPlacement } from './previewPlacement';
import { validateScheduleRequest } from './validateScheduleRequest';
import { replicaStrategy } from './divideReplicas';
import { applyPlacementDefaults } from './defaults';

// Mostly well-formed input, with a small share of garbage at every level.
const often = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 19, arbitrary: good }, { weight: 1, arbitrary: bad });

// Small vocabularies, so random selectors actually hit random clusters.
const word = fc.constantFrom('a', 'b', 'prod', 'dev', 'us', 'eu', '', 'x/y');
const words = fc.array(word, { maxLength: 3 });
const names = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'];
const clusterName = fc.constantFrom(...names);

// Quantities stay far from the int32/int64 limits, where Karmada's own
// arithmetic (and so the replica totals checked below) is sound.
const quantity = fc.oneof(
  fc.integer({ min: 0, max: 200 }).map(n => `${n}`),
  fc.integer({ min: 0, max: 9000 }).map(n => `${n}m`),
  fc.integer({ min: 0, max: 64 }).map(n => `${n}Gi`),
  fc.integer({ min: 0, max: 40 }).map(n => `${n / 4}`),
  fc.integer({ min: 0, max: 100 }),
  fc.constant('1.5Gi'),
);
const resources = fc.dictionary(
  fc.constantFrom('cpu', 'memory', 'pods', 'nvidia.com/gpu'),
  quantity,
  { maxKeys: 4 },
);

const cluster = fc.record(
  {
    metadata: fc.record(
      {
        name: clusterName,
        labels: fc.dictionary(word, word, { maxKeys: 3 }),
        deletionTimestamp: often(
          fc.constant(undefined),
          fc.constant('2025-01-01T00:00:00Z'),
        ),
      },
      { requiredKeys: ['name', 'deletionTimestamp'] },
    ),
    spec: fc.record(
      {
        provider: word,
        region: word,
        zones: words,
        taints: fc.array(
          fc.record({
            key: word,
            value: word,
            effect: fc.constantFrom(
              'NoSchedule',
              'NoExecute',
              'PreferNoSchedule',
            ),
          }),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: [] },
    ),
    status: fc.record({
      apiEnablements: often(
        fc.constant([
          {
            groupVersion: 'apps/v1',
            resources: [{ name: 'deployments', kind: 'Deployment' }],
          },
        ]),
        fc.constant([]),
      ),
      resourceSummary: fc.record(
        { allocatable: resources, allocated: resources, allocating: resources },
        { requiredKeys: ['allocatable'] },
      ),
    }),
  },
  { requiredKeys: ['metadata', 'status'] },
);
const badCluster = fc.constantFrom(
  {
    metadata: { name: 'bad' },
    status: { resourceSummary: { allocatable: { cpu: 'lots' } } },
  },
  { metadata: {} },
  { metadata: { name: 'bad', labels: { a: 1 } } },
);
// Unique names, except now and then (a duplicate name is an input error).
const fleet = often(
  fc.array(cluster, { minLength: 1, maxLength: 8 }).map(list =>
    list.map((c, k) => ({
      ...c,
      metadata: { ...c.metadata, name: names[k] },
    })),
  ),
  fc.oneof(fc.array(cluster, { maxLength: 4 }), fc.tuple(cluster, badCluster)),
);

const labelRequirement = fc.record(
  {
    key: word,
    operator: fc.constantFrom('In', 'NotIn', 'Exists', 'DoesNotExist', 'Bogus'),
    values: fc.option(words, { nil: undefined }),
  },
  { requiredKeys: ['key', 'operator'] },
);
const affinity = fc.record(
  {
    labelSelector: fc.record(
      {
        matchLabels: fc.dictionary(word, word, { maxKeys: 2 }),
        matchExpressions: fc.array(labelRequirement, { maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
    fieldSelector: fc.record({
      matchExpressions: fc.array(
        fc.record({
          key: fc.constantFrom('provider', 'region', 'zone'),
          operator: fc.constantFrom('In', 'NotIn'),
          values: words,
        }),
        { maxLength: 2 },
      ),
    }),
    clusterNames: fc.array(clusterName, { maxLength: 4 }),
    exclude: fc.array(clusterName, { maxLength: 2 }),
  },
  { requiredKeys: [] },
);
const terms = fc.uniqueArray(
  fc.record(
    {
      affinityName: fc.constantFrom('one', 'two', 'three'),
      clusterNames: fc.array(clusterName, { minLength: 1, maxLength: 3 }),
      overflowAffinities: fc.array(
        fc.record({
          affinityName: fc.constantFrom('o1', 'o2'),
          clusterNames: fc.array(clusterName, { maxLength: 3 }),
        }),
        { maxLength: 1 },
      ),
    },
    // Overflow affinities are only legal with dynamic weight or Aggregated: rarely elsewhere.
    { requiredKeys: ['affinityName', 'clusterNames'] },
  ),
  { selector: t => t.affinityName, maxLength: 3 },
);
const spread = often(
  fc.oneof(
    fc.constant([]),
    fc
      .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 4 }))
      .map(([min, extra]) => [
        { spreadByField: 'cluster', minGroups: min, maxGroups: min + extra },
      ]),
    fc
      .tuple(
        fc.constantFrom('region', 'zone', 'provider'),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
      )
      .map(([field, min, extra]) => [
        { spreadByField: field, minGroups: min, maxGroups: min + extra },
        { spreadByField: 'cluster', minGroups: 1, maxGroups: min + extra + 1 },
      ]),
    fc.constant([{ spreadByLabel: 'team' }]),
  ),
  fc.constant([{ spreadByField: 'bogus' }]),
);
const scheduling = often(
  fc.oneof(
    fc.constant(undefined),
    fc.constant({ replicaSchedulingType: 'Duplicated' }),
    fc.constant({ replicaSchedulingType: 'Divided' }),
    fc.constant({
      replicaSchedulingType: 'Divided',
      replicaDivisionPreference: 'Aggregated',
    }),
    fc.constant({
      replicaSchedulingType: 'Divided',
      weightPreference: { dynamicWeight: 'AvailableReplicas' },
    }),
    fc
      .array(
        fc.record({
          targetCluster: affinity,
          weight: fc.integer({ min: 1, max: 5 }),
        }),
        { maxLength: 3 },
      )
      .map(list => ({
        replicaSchedulingType: 'Divided',
        weightPreference: { staticWeightList: list },
      })),
  ),
  fc.constant({ replicaSchedulingType: 'Other' }),
);
const placement = fc
  .record({
    affinity: often(
      fc.oneof(
        fc.constant({}),
        affinity.map(clusterAffinity => ({ clusterAffinity })),
        terms.map(clusterAffinities => ({ clusterAffinities })),
      ),
      fc.constant({ clusterAffinity: {}, clusterAffinities: [] }),
    ),
    clusterTolerations: fc.array(
      fc.record(
        {
          key: word,
          operator: fc.constantFrom('Exists', 'Equal', ''),
          value: word,
          effect: fc.constantFrom('NoSchedule', ''),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 2 },
    ),
    spreadConstraints: spread,
    replicaScheduling: scheduling,
  })
  .map(({ affinity: a, ...rest }) => {
    const rs = rest.replicaScheduling as
      | {
          replicaDivisionPreference?: string;
          weightPreference?: { dynamicWeight?: string };
        }
      | undefined;
    const overflowOk =
      rs?.replicaDivisionPreference === 'Aggregated' ||
      !!rs?.weightPreference?.dynamicWeight;
    const tried = (
      a as { clusterAffinities?: Array<{ overflowAffinities?: unknown }> }
    ).clusterAffinities;
    // Karmada rejects overflow affinities elsewhere; keep a few of those to see the error.
    if (tried && !overflowOk && tried.length !== 3)
      tried.forEach(t => delete t.overflowAffinities);
    return { ...a, ...rest };
  });
const request = fc.record(
  {
    placement,
    replicas: often(
      fc.integer({ min: 0, max: 40 }),
      fc.constantFrom(-1, 1.5, '3'),
    ),
    replicaRequirements: fc.record(
      { resourceRequest: resources },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['replicas'] },
);

describe('previewPlacement on random and malformed input', () => {
  it('throws nothing but KarmadaInputError, and never divides out more replicas than asked', () => {
    const seen = {
      inputErrors: 0,
      unschedulable: 0,
      schedulable: 0,
      divided: 0,
    };
    fc.assert(
      fc.property(
        often(fleet, fc.anything()),
        often(request, fc.anything()),
        (clusters, input) => {
          let req;
          let result;
          try {
            req = validateScheduleRequest(input);
            result = previewPlacement(createFleetSnapshot(clusters), req);
          } catch (e) {
            if (!(e instanceof KarmadaInputError)) throw e;
            seen.inputErrors++;
            return;
          }
          if (!result.schedulable) {
            seen.unschedulable++;
            return;
          }
          seen.schedulable++;
          if (
            replicaStrategy(applyPlacementDefaults(req.placement)) ===
            'Duplicated'
          )
            return;
          seen.divided++;
          const total = result.clusters.reduce(
            (sum, c) => sum + (c.replicas ?? 0),
            0,
          );
          // Exactly the replicas asked for (none when 0 are asked for).
          expect(total).toBe(req.replicas);
          // Divided results never list a 0-replica cluster for a workload (§9.8).
          expect(
            req.replicas === 0 ||
              result.clusters.every(c => (c.replicas ?? 0) > 0),
          ).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
    // The generators must reach every outcome, not only input errors.
    expect(seen.inputErrors).toBeGreaterThan(50);
    expect(seen.unschedulable).toBeGreaterThan(50);
    expect(seen.schedulable).toBeGreaterThan(150);
    expect(seen.divided).toBeGreaterThan(50);
  });
});
