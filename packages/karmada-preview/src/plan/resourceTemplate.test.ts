import { overridePolicy } from './__fixtures__/objects';
import { resourceTemplate, storedOverridePolicy } from './resourceTemplate';

describe('resourceTemplate', () => {
  it('drops status and server bookkeeping, keeping the field order', () => {
    const template = resourceTemplate({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'web',
        namespace: 'shop',
        uid: 'u',
        resourceVersion: '1',
        generation: 2,
        creationTimestamp: '2025-01-01T00:00:00Z',
        managedFields: [],
        labels: { app: 'web' },
      },
      spec: { replicas: 2 },
      status: { replicas: 2 },
    });
    expect(template).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'shop', labels: { app: 'web' } },
      spec: { replicas: 2 },
    });
    expect(Object.keys(template)).toEqual([
      'apiVersion',
      'kind',
      'metadata',
      'spec',
    ]);
  });

  it.each([
    ['no namespace', { name: 'web' }],
    ['an empty namespace', { name: 'web', namespace: '' }],
  ])('puts an object with %s in default', (_, metadata) => {
    expect(resourceTemplate({ kind: 'Deployment', metadata }).metadata).toEqual(
      { name: 'web', namespace: 'default' },
    );
  });
});

describe('storedOverridePolicy', () => {
  it.each([
    ['an OverridePolicy without namespace', 'OverridePolicy', '', 'default'],
    ['an OverridePolicy with one', 'OverridePolicy', 'shop', 'shop'],
    ['a ClusterOverridePolicy', 'ClusterOverridePolicy', '', undefined],
  ] as const)('reads %s', (_, kind, namespace, expected) => {
    const stored = storedOverridePolicy(
      overridePolicy(kind, 'p', [], namespace),
    );
    expect(stored.metadata.namespace).toBe(expected);
  });
});
