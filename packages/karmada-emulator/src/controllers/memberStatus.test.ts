import { memberManifestStatus } from './memberStatus';

const manifest = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: {
    name: 'web',
    namespace: 'team-a',
    annotations: { 'resourcetemplate.karmada.io/generation': '3' },
  },
  spec: { replicas: 4 },
};
const progress = { manifestHash: 'h', generation: 2, appliedAt: 0 };

describe('memberManifestStatus', () => {
  it('makes replicas ready progressively and reports the next change', () => {
    const start = memberManifestStatus(
      manifest,
      'deployments',
      progress,
      0,
      1000,
    );
    expect(start.status).toEqual({
      identifier: {
        ordinal: 0,
        group: 'apps',
        version: 'v1',
        kind: 'Deployment',
        resource: 'deployments',
        namespace: 'team-a',
        name: 'web',
      },
      status: {
        generation: 2,
        resourceTemplateGeneration: 3,
        replicas: 4,
        updatedReplicas: 4,
        unavailableReplicas: 4,
        observedGeneration: 2,
      },
      health: 'Unhealthy',
    });
    expect(start.nextChangeInMs).toBe(250);
    const half = memberManifestStatus(
      manifest,
      'deployments',
      progress,
      500,
      1000,
    );
    expect(half.status.status).toMatchObject({
      readyReplicas: 2,
      availableReplicas: 2,
      unavailableReplicas: 2,
    });
    const done = memberManifestStatus(
      manifest,
      'deployments',
      progress,
      1000,
      1000,
    );
    expect(done.status.health).toBe('Healthy');
    expect(done.status.status).not.toHaveProperty('unavailableReplicas');
    expect(done.nextChangeInMs).toBeUndefined();
  });

  it('is ready at once when readyAfterMs is 0, and reports other kinds as healthy without status', () => {
    expect(
      memberManifestStatus(manifest, 'deployments', progress, 0, 0).status
        .health,
    ).toBe('Healthy');
    expect(
      memberManifestStatus(
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } },
        'configmaps',
        progress,
        0,
        1000,
      ).status,
    ).toEqual({
      identifier: {
        ordinal: 0,
        group: '',
        version: 'v1',
        kind: 'ConfigMap',
        resource: 'configmaps',
        namespace: '',
        name: 'c',
      },
      health: 'Healthy',
    });
  });
});
