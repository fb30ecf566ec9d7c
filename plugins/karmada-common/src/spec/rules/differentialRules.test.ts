import type { ContainerSpec } from '../schemas/containerSchema';
import type { DifferentialItem } from '../schemas/differentialSchema';
import {
  differentialContainerIndex,
  differentialFieldsSet,
  differentialIssues,
  mergeResources,
} from './differentialRules';

const containers: ContainerSpec[] = [
  {
    name: 'web',
    image: 'nginx:1.25',
    resources: { requests: { cpu: '500m' }, limits: { cpu: '1' } },
  },
  { name: 'side', image: 'busybox' },
];

describe('differentialContainerIndex', () => {
  it.each([
    [undefined, 0],
    ['side', 1],
    ['nope', -1],
  ])('container %p → %p', (container, index) => {
    expect(
      differentialContainerIndex({ clusters: ['a'], container }, containers),
    ).toBe(index);
  });
});

describe('differentialFieldsSet', () => {
  it('lists each field an item sets', () => {
    const item: DifferentialItem = {
      clusters: ['a'],
      image: { tag: 'v2' },
      env: [{ name: 'A', value: '1' }],
      resources: { limits: { memory: '1Gi' } },
      labels: { tier: 'gold' },
    };
    expect(differentialFieldsSet(item, 'web')).toEqual([
      'the image tag of container "web"',
      'env "A" of container "web"',
      'the memory limit of container "web"',
      'label "tier"',
    ]);
  });
});

describe('mergeResources', () => {
  it('sets key by key, later changes winning', () => {
    expect(
      mergeResources({ requests: { cpu: '1' }, limits: { cpu: '2' } }, [
        { limits: { cpu: '4' } },
        { requests: { memory: '1Gi' } },
      ]),
    ).toEqual({
      requests: { cpu: '1', memory: '1Gi' },
      limits: { cpu: '4' },
    });
  });
});

describe('differentialIssues', () => {
  it.each<
    [
      string,
      DifferentialItem[],
      Array<{ path: Array<string | number>; message: RegExp }>,
    ]
  >([
    [
      'distinct fields on one cluster',
      [
        { clusters: ['a'], image: { tag: 'v2' } },
        { clusters: ['a'], image: { registry: 'mirror.example.com' } },
      ],
      [],
    ],
    [
      'the same env var from two items',
      [
        { clusters: ['a', 'b'], env: [{ name: 'A', value: '1' }] },
        { clusters: ['b'], env: [{ name: 'A', value: '2' }] },
      ],
      [
        {
          path: ['differential', 1, 'clusters', 0],
          message: /cluster "b" already gets env "A"/,
        },
      ],
    ],
    [
      'a request above the template limit',
      [{ clusters: ['a', 'b'], resources: { requests: { cpu: '2' } } }],
      [
        {
          path: ['differential', 0, 'resources', 'requests', 'cpu'],
          message: /^cpu request 2 is above its limit 1 once merged/,
        },
      ],
    ],
    [
      'two items that together break a cluster',
      [
        { clusters: ['a', 'b'], resources: { requests: { cpu: '800m' } } },
        { clusters: ['b'], resources: { limits: { cpu: '600m' } } },
      ],
      [
        {
          path: ['differential', 1, 'resources', 'requests', 'cpu'],
          message:
            /^on cluster "b" \(with differential\[0\]\), cpu request 800m is above its limit 600m/,
        },
      ],
    ],
    [
      'a portal label',
      [{ clusters: ['a'], labels: { 'app.kubernetes.io/managed-by': 'me' } }],
      [
        {
          path: ['differential', 0, 'labels', 'app.kubernetes.io/managed-by'],
          message: /set by the portal/,
        },
      ],
    ],
  ])('%s', (_what, differential, expected) => {
    const issues = differentialIssues({ containers, differential });
    expect(issues).toEqual(
      expected.map(e => ({
        path: e.path,
        message: expect.stringMatching(e.message),
      })),
    );
  });
});
