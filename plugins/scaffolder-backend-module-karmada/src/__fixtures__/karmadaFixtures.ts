import type {
  ApplyResponse,
  PlacementPreviewDto,
  RenderResponse,
} from '@karmada-backstage/plugin-karmada-common';

// Small, hand-written answers of the Karmada service for the action tests:
// a valid spec and what the backend would say about it.

/** A valid workload spec: two named clusters, DynamicWeight, one container. */
export function webSpec(): Record<string, any> {
  return {
    instance: 'local',
    namespace: 'team-a',
    name: 'web',
    entityRef: 'component:default/web',
    placement: { mode: 'clusters', clusterNames: ['member1', 'member2'] },
    replicas: 3,
    scheduling: { type: 'DynamicWeight' },
    containers: [
      {
        name: 'web',
        image: 'nginx:1.25',
        envFrom: [{ configMapRef: { name: 'web-config' } }],
        env: [
          {
            name: 'DB_PASSWORD',
            valueFrom: { secretKeyRef: { name: 'web-db', key: 'password' } },
          },
        ],
        resources: { requests: { cpu: '100m', memory: '128Mi' } },
      },
    ],
  };
}

/**
 * A schedulable DynamicWeight preview: member1 and member2 tie over the odd
 * replica, member3 is left out by a taint, and one warning.
 */
export function tiedPreview(): PlacementPreviewDto {
  return {
    schedulable: true,
    strategy: 'DynamicWeight',
    clusters: [
      { name: 'member1', replicas: 2 },
      { name: 'member2', replicas: 1 },
    ],
    selected: [
      {
        name: 'member1',
        replicas: 2,
        availableReplicas: 10,
        zones: [],
        tieBreak: true,
        possibleReplicas: [1, 2],
      },
      {
        name: 'member2',
        replicas: 1,
        availableReplicas: 10,
        zones: [],
        tieBreak: true,
        possibleReplicas: [1, 2],
      },
    ],
    leftOut: [
      {
        reasons: [
          {
            stage: 'filter',
            plugin: 'TaintToleration',
            karmada: 'cluster(s) had untolerated taint {maintenance: }',
            message:
              'has the taint maintenance:NoSchedule, which the placement does not tolerate',
          },
        ],
        count: 1,
        clusters: [{ name: 'member3', availableReplicas: 10 }],
      },
    ],
    ties: [
      {
        clusters: ['member1', 'member2'],
        outcomes: [
          [
            { name: 'member1', replicas: 2 },
            { name: 'member2', replicas: 1 },
          ],
          [
            { name: 'member1', replicas: 1 },
            { name: 'member2', replicas: 2 },
          ],
        ],
      },
    ],
    warnings: [
      { code: 'unknown-label-key', message: 'no cluster has the label "tier"' },
    ],
  };
}

/** An unschedulable preview in Karmada's words. */
export function unschedulablePreview(): PlacementPreviewDto {
  return {
    schedulable: false,
    strategy: 'DynamicWeight',
    clusters: [],
    selected: [],
    leftOut: [],
    ties: [],
    warnings: [],
    error: {
      reason: 'NoClusterFit',
      conditionReason: 'NoClusterFit',
      message:
        '0/3 clusters are available: 3 cluster(s) had untolerated taint {maintenance: }.',
    },
  };
}

/** What the backend's render answers for {@link webSpec}. */
export function renderResponse(preview = tiedPreview()): RenderResponse {
  return {
    instance: 'local',
    // The label comes from the entity's annotation (backend), not the name.
    objects: [
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: {
          name: 'web',
          namespace: 'team-a',
          labels: { 'backstage.io/kubernetes-id': 'shop' },
        },
        spec: {} as any,
      },
    ],
    yaml: '---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: team-a\n',
    dependencies: [
      {
        kind: 'ConfigMap',
        name: 'web-config',
        namespace: 'team-a',
        referencedBy: ['containers[0].envFrom[0]'],
        status: 'present',
      },
      {
        kind: 'Secret',
        name: 'web-db',
        namespace: 'team-a',
        referencedBy: ['containers[0].env[0]'],
        status: 'missing',
      },
    ],
    preview,
    clusters: [],
  };
}

/** What the backend's apply answers, each object with `action`. */
export function applyResponse(
  action: 'created' | 'configured' | 'unchanged' = 'created',
  extra: Partial<ApplyResponse> = {},
): ApplyResponse {
  const object = (apiVersion: string, kind: string) => ({
    apiVersion,
    kind,
    name: 'web',
    namespace: 'team-a',
    action,
    resourceVersion: '7',
  });
  return {
    instance: 'local',
    namespace: 'team-a',
    name: 'web',
    dryRun: false,
    objects: [
      object('policy.karmada.io/v1alpha1', 'PropagationPolicy'),
      object('apps/v1', 'Deployment'),
    ],
    ...extra,
  };
}
