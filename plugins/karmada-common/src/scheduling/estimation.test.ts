import fc from 'fast-check';
import type { ReplicaRequirements } from '../types';
import { ClusterOptions, makeCluster } from './__fixtures__/makeCluster';
import { createFleetSnapshot } from './snapshot';
import {
  compileRequirements,
  estimateAvailableReplicas,
  karmadaAvailableReplicas,
} from './estimation';
import { estimateBig } from './estimationBig';
import { estimateFleet } from './estimateFleet';

function estimate(
  options: ClusterOptions,
  requirements?: ReplicaRequirements,
): number {
  const snapshot = createFleetSnapshot([makeCluster('c', options)]);
  const req = compileRequirements(requirements);
  const one = estimateAvailableReplicas(snapshot.clusters[0], req);
  // The fleet-wide loop and the exact path must agree with the per-cluster one.
  expect(estimateFleet(snapshot, req)[0]).toBe(one);
  expect(estimateBig(snapshot.clusters[0], req)).toBe(one);
  return one;
}

const requests = (
  resourceRequest: Record<string, string>,
): ReplicaRequirements => ({ resourceRequest });
const models = [
  {
    grade: 0,
    ranges: [
      { name: 'cpu', min: '0', max: '1' },
      { name: 'memory', min: '0', max: '4Gi' },
    ],
  },
  {
    grade: 1,
    ranges: [
      { name: 'cpu', min: '1', max: '2' },
      { name: 'memory', min: '4Gi', max: '16Gi' },
    ],
  },
  {
    grade: 2,
    ranges: [
      { name: 'cpu', min: '2', max: '4' },
      { name: 'memory', min: '16Gi', max: '64Gi' },
    ],
  },
];

describe('the general estimator (SEMANTICS §7)', () => {
  it.each<[string, ClusterOptions, ReplicaRequirements | undefined, number]>([
    ['no resourceSummary', { summary: false }, undefined, 0],
    [
      'pods only: allocatable − allocated − allocating',
      {
        allocatable: { pods: '100' },
        allocated: { pods: '20' },
        allocating: { pods: '5' },
      },
      undefined,
      75,
    ],
    [
      'no room for pods',
      { allocatable: { pods: '10' }, allocated: { pods: '12' } },
      undefined,
      0,
    ],
    [
      'min over pods and each requested resource',
      {
        allocatable: { pods: '100', cpu: '4', memory: '8Gi' },
        allocated: { pods: '20', cpu: '1', memory: '2Gi' },
      },
      requests({ cpu: '500m', memory: '1Gi' }),
      6,
    ],
    [
      'pods bound the estimate',
      { allocatable: { pods: '3', cpu: '100' } },
      requests({ cpu: '1' }),
      3,
    ],
    [
      'cpu is divided in millicores',
      { allocatable: { pods: '100', cpu: '1' } },
      requests({ cpu: '300m' }),
      3,
    ],
    [
      'other resources in Value() units, rounded up',
      { allocatable: { pods: '100', memory: '10' } },
      requests({ memory: '1.5' }),
      5,
    ],
    [
      'a requested resource the cluster does not list',
      { allocatable: { pods: '100', cpu: '8' } },
      requests({ cpu: '1', 'nvidia.com/gpu': '1' }),
      0,
    ],
    [
      'nothing left of a requested resource',
      { allocatable: { pods: '100', cpu: '2' }, allocated: { cpu: '2' } },
      requests({ cpu: '1' }),
      0,
    ],
    [
      'requests of 0 are skipped',
      { allocatable: { pods: '7' } },
      requests({ cpu: '0' }),
      7,
    ],
    [
      'requirements without requests: pods only',
      { allocatable: { pods: '7' } },
      {},
      7,
    ],
    [
      'resource models: per node min(110, cap/request), summary cpu ignored',
      {
        allocatable: { pods: '1000', cpu: '1' },
        models,
        modelings: [
          { grade: 0, count: 5 },
          { grade: 1, count: 3 },
          { grade: 2, count: 1 },
        ],
      },
      requests({ cpu: '500m', memory: '1Gi' }),
      // grade 0 nodes fit nothing, grade 1: min(2, 4) × 3, grade 2: min(4, 16) × 1
      10,
    ],
    [
      'resource models are still bounded by allowed pods',
      {
        allocatable: { pods: '7' },
        models,
        modelings: [{ grade: 2, count: 10 }],
      },
      requests({ cpu: '500m' }),
      7,
    ],
    [
      'resource models without requests: 110 pods per node',
      {
        allocatable: { pods: '10000' },
        models,
        modelings: [{ grade: 1, count: 2 }],
      },
      {},
      220,
    ],
    [
      'an extended resource the model lacks fits nothing',
      {
        allocatable: { pods: '100', 'nvidia.com/gpu': '8' },
        models,
        modelings: [{ grade: 2, count: 2 }],
      },
      requests({ 'nvidia.com/gpu': '1' }),
      0,
    ],
    [
      'without spec.resourceModels the summary is used',
      {
        allocatable: { pods: '100', cpu: '2' },
        modelings: [{ grade: 1, count: 10 }],
      },
      requests({ cpu: '1' }),
      2,
    ],
    [
      'a negative model count falls back to the summary',
      {
        allocatable: { pods: '100', cpu: '2' },
        models,
        modelings: [{ grade: 1, count: -1 }],
      },
      requests({ cpu: '1' }),
      2,
    ],
    [
      "a huge pod count wraps like Go's int32 conversion",
      { allocatable: { pods: '3000000000' } },
      undefined,
      3000000000 - 2 ** 32,
    ],
    [
      'the negative-decimal quirk: 1.5Gi − 12G looks like room (SEMANTICS §13)',
      {
        allocatable: { pods: '100', memory: '1.5Gi' },
        allocated: { memory: '12G' },
      },
      requests({ memory: '1Gi' }),
      7,
    ],
  ])('%s', (_, options, requirements, expected) => {
    expect(estimate(options, requirements)).toBe(expected);
  });

  it('agrees between the double and the exact arithmetic on random summaries', () => {
    const quantity = fc.oneof(
      fc.integer({ min: 0, max: 10 ** 9 }).map(n => `${n}`),
      fc.integer({ min: 0, max: 10 ** 7 }).map(n => `${n}m`),
      fc.integer({ min: 0, max: 10 ** 6 }).map(n => `${n}Mi`),
      fc.integer({ min: 0, max: 10 ** 5 }).map(n => `${n / 10}Gi`),
    );
    const list = fc.record(
      { pods: quantity, cpu: quantity, memory: quantity },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        list,
        list,
        list,
        fc.record({ cpu: quantity, memory: quantity }, { requiredKeys: [] }),
        (a, b, c, r) => {
          const snapshot = createFleetSnapshot([
            makeCluster('c', { allocatable: a, allocated: b, allocating: c }),
          ]);
          const req = compileRequirements({ resourceRequest: r });
          const fast = estimateAvailableReplicas(snapshot.clusters[0], req);
          expect(estimateBig(snapshot.clusters[0], req)).toBe(fast);
          expect(estimateFleet(snapshot, req)[0]).toBe(fast);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('karmadaAvailableReplicas (calAvailableReplicas)', () => {
  it.each([
    ['replicas 0: nothing is estimated', 5, 0, 2147483647],
    ['an ordinary estimate', 5, 10, 5],
    ['MaxInt32 is replaced by the replicas asked for', 2147483647, 10, 10],
    ['-1 (UnauthenticReplica) is ignored', -1, 10, 10],
    ['other negative estimates stay', -7, 10, -7],
  ])('%s', (_, figure, replicas, expected) => {
    expect(karmadaAvailableReplicas(figure, replicas)).toBe(expected);
  });
});
