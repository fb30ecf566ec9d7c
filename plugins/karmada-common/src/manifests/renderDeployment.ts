import { LABEL_APP } from '../constants';
import type { AdvancedSpec, VolumeSpec, WorkloadSpec } from '../spec';
import type { Deployment, PodSpec, Volume } from './deploymentTypes';
import {
  compact,
  podLabels,
  RenderOptions,
  sortedRecord,
  workloadAnnotations,
  workloadLabels,
} from './objectMetadata';
import { renderContainer } from './renderContainer';

// The resource template: the Deployment as the user described it, before
// Karmada divides its replicas and applies per-cluster overrides.

function nonEmpty<T>(list: T[] | undefined): T[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

function renderVolume(v: VolumeSpec): Volume {
  const items = (list?: Array<{ key: string; path: string }>) =>
    nonEmpty(list?.map(i => ({ key: i.key, path: i.path })));
  return compact({
    name: v.name,
    configMap:
      v.configMap &&
      compact({
        name: v.configMap.name,
        items: items(v.configMap.items),
        defaultMode: v.configMap.defaultMode,
        optional: v.configMap.optional,
      }),
    secret:
      v.secret &&
      compact({
        secretName: v.secret.name,
        items: items(v.secret.items),
        defaultMode: v.secret.defaultMode,
        optional: v.secret.optional,
      }),
    emptyDir:
      v.emptyDir &&
      compact({
        medium: v.emptyDir.medium,
        sizeLimit:
          v.emptyDir.sizeLimit === undefined
            ? undefined
            : String(v.emptyDir.sizeLimit),
      }),
  });
}

function renderAffinity(a: AdvancedSpec['nodeAffinity']): PodSpec['affinity'] {
  const expressions = (
    list: Array<{ key: string; operator: string; values?: string[] }>,
  ) =>
    list.map(e =>
      compact({ key: e.key, operator: e.operator, values: nonEmpty(e.values) }),
    );
  const required = nonEmpty(a?.required);
  const preferred = nonEmpty(a?.preferred);
  if (!required && !preferred) return undefined;
  return {
    nodeAffinity: compact({
      requiredDuringSchedulingIgnoredDuringExecution: required && {
        nodeSelectorTerms: required.map(t => ({
          matchExpressions: expressions(t.matchExpressions),
        })),
      },
      preferredDuringSchedulingIgnoredDuringExecution: preferred?.map(p => ({
        weight: p.weight,
        preference: { matchExpressions: expressions(p.matchExpressions) },
      })),
    }),
  };
}

function renderPodSpec(spec: WorkloadSpec): PodSpec {
  const a = spec.advanced;
  const dnsConfig =
    a?.dnsConfig &&
    compact({
      nameservers: nonEmpty(a.dnsConfig.nameservers),
      searches: nonEmpty(a.dnsConfig.searches),
      options: nonEmpty(
        a.dnsConfig.options?.map(o =>
          compact({ name: o.name, value: o.value }),
        ),
      ),
    });
  return compact({
    containers: spec.containers.map(renderContainer),
    imagePullSecrets: nonEmpty(spec.imagePullSecrets?.map(name => ({ name }))),
    volumes: nonEmpty(spec.volumes?.map(renderVolume)),
    nodeSelector: sortedRecord(a?.nodeSelector),
    affinity: renderAffinity(a?.nodeAffinity),
    tolerations: nonEmpty(
      a?.tolerations?.map(t =>
        compact({
          key: t.key,
          operator: t.operator,
          value: t.value,
          effect: t.effect,
          tolerationSeconds: t.tolerationSeconds,
        }),
      ),
    ),
    dnsPolicy: a?.dnsPolicy,
    dnsConfig:
      dnsConfig && Object.keys(dnsConfig).length ? dnsConfig : undefined,
    hostAliases: nonEmpty(
      a?.hostAliases?.map(h => ({ ip: h.ip, hostnames: [...h.hostnames] })),
    ),
  });
}

function renderStrategy(
  s: AdvancedSpec['strategy'],
): Deployment['spec']['strategy'] {
  if (!s) return undefined;
  if (s.type === 'Recreate') return { type: 'Recreate' };
  const rollingUpdate = compact({
    maxSurge: s.maxSurge,
    maxUnavailable: s.maxUnavailable,
  });
  return compact({
    type: 'RollingUpdate',
    rollingUpdate: Object.keys(rollingUpdate).length
      ? rollingUpdate
      : undefined,
  });
}

/**
 * The Deployment (resource template) of a workload spec.
 *
 * @public
 */
export function renderDeployment(
  spec: WorkloadSpec,
  options: RenderOptions = {},
): Deployment {
  const podAnnotations = sortedRecord(spec.advanced?.podAnnotations);
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: compact({
      name: spec.name,
      namespace: spec.namespace,
      labels: workloadLabels(spec),
      annotations: workloadAnnotations(spec, options),
    }),
    spec: compact({
      replicas: spec.replicas,
      selector: { matchLabels: { [LABEL_APP]: spec.name } },
      strategy: renderStrategy(spec.advanced?.strategy),
      minReadySeconds: spec.advanced?.minReadySeconds,
      revisionHistoryLimit: spec.advanced?.revisionHistoryLimit,
      progressDeadlineSeconds: spec.advanced?.progressDeadlineSeconds,
      template: {
        metadata: compact({
          labels: podLabels(spec),
          annotations: podAnnotations,
        }),
        spec: renderPodSpec(spec),
      },
    }),
  };
}
