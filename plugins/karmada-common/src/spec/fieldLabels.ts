// What the create form calls each field of the workload spec, so a message
// can name a field the way the user sees it and by its path. Patterns use
// `[]` for any list index; a path without its own entry takes its closest
// ancestor's label (e.g. `containers[0].resources.limits["nvidia.com/gpu"]`
// is a "Resource limits" problem).

/**
 * Form labels by path pattern (`containers[].image` → `Container image`).
 *
 * @public
 */
export const WORKLOAD_FIELD_LABELS: Readonly<Record<string, string>> = {
  instance: 'Karmada instance',
  namespace: 'Namespace',
  name: 'Workload name',
  description: 'Description',
  owner: 'Owner',
  entityRef: 'Catalog entity',
  kubernetesId: 'Kubernetes ID',
  placement: 'Placement',
  'placement.mode': 'Placement mode',
  'placement.clusterNames': 'Specify clusters',
  'placement.area': 'Designated area',
  'placement.area.providers': 'Providers',
  'placement.area.regions': 'Regions',
  'placement.area.zones': 'Zones',
  'placement.labels': 'Specify labels',
  'placement.labels[].key': 'Cluster label key',
  'placement.labels[].operator': 'Cluster label operator',
  'placement.labels[].value': 'Cluster label value',
  'placement.labels[].values': 'Cluster label values',
  'placement.exclude': 'Excluded clusters',
  'placement.tolerations': 'Cluster taint tolerations',
  'placement.tolerations[].key': 'Toleration key',
  'placement.tolerations[].operator': 'Toleration operator',
  'placement.tolerations[].value': 'Toleration value',
  'placement.tolerations[].effect': 'Toleration effect',
  'placement.spreadByRegion': 'Dynamic region selection',
  'placement.spreadByRegion.minGroups': 'Minimum regions',
  'placement.spreadByRegion.maxGroups': 'Maximum regions',
  'placement.spreadByCluster': 'Cluster spread',
  'placement.spreadByCluster.minGroups': 'Minimum clusters',
  'placement.spreadByCluster.maxGroups': 'Maximum clusters',
  'placement.fallbacks': 'Fallback placements',
  'placement.fallbacks[].name': 'Fallback name',
  'placement.fallbacks[].mode': 'Fallback placement mode',
  'placement.fallbacks[].clusterNames': 'Fallback clusters',
  'placement.fallbacks[].area': 'Fallback area',
  'placement.fallbacks[].labels': 'Fallback labels',
  'placement.fallbacks[].exclude': 'Fallback excluded clusters',
  replicas: 'Replicas',
  scheduling: 'Replica scheduling',
  'scheduling.type': 'Replica scheduling',
  'scheduling.weights': 'Static weights',
  'scheduling.weights[].clusterNames': 'Weighted clusters',
  'scheduling.weights[].labelSelector': 'Weighted cluster labels',
  'scheduling.weights[].weight': 'Weight',
  containers: 'Containers',
  'containers[].name': 'Container name',
  'containers[].image': 'Container image',
  'containers[].imagePullPolicy': 'Image pull policy',
  'containers[].command': 'Command',
  'containers[].args': 'Arguments',
  'containers[].workingDir': 'Working directory',
  'containers[].ports': 'Ports',
  'containers[].ports[].name': 'Port name',
  'containers[].ports[].containerPort': 'Container port',
  'containers[].ports[].protocol': 'Port protocol',
  'containers[].env': 'Environment variables',
  'containers[].env[].name': 'Variable name',
  'containers[].env[].value': 'Variable value',
  'containers[].env[].valueFrom': 'Variable source',
  'containers[].envFrom': 'Variables from ConfigMap or Secret',
  'containers[].resources': 'Resources',
  'containers[].resources.requests': 'Resource requests',
  'containers[].resources.limits': 'Resource limits',
  'containers[].lifecycle.postStart': 'Post-start hook',
  'containers[].lifecycle.preStop': 'Pre-stop hook',
  'containers[].livenessProbe': 'Liveness probe',
  'containers[].readinessProbe': 'Readiness probe',
  'containers[].startupProbe': 'Startup probe',
  'containers[].volumeMounts': 'Volume mounts',
  'containers[].volumeMounts[].name': 'Mounted volume',
  'containers[].volumeMounts[].mountPath': 'Mount path',
  'containers[].volumeMounts[].subPath': 'Mount sub-path',
  imagePullSecrets: 'Image pull secrets',
  volumes: 'Volumes',
  'volumes[].name': 'Volume name',
  'volumes[].configMap': 'ConfigMap volume',
  'volumes[].secret': 'Secret volume',
  'volumes[].emptyDir': 'Empty directory volume',
  advanced: 'Advanced settings',
  'advanced.strategy': 'Upgrade strategy',
  'advanced.strategy.type': 'Upgrade strategy',
  'advanced.strategy.maxSurge': 'Max surge',
  'advanced.strategy.maxUnavailable': 'Max unavailable',
  'advanced.minReadySeconds': 'Minimum ready seconds',
  'advanced.revisionHistoryLimit': 'Revisions kept',
  'advanced.progressDeadlineSeconds': 'Progress deadline',
  'advanced.nodeSelector': 'Node selector',
  'advanced.nodeAffinity': 'Node affinity',
  'advanced.nodeAffinity.required': 'Required node affinity',
  'advanced.nodeAffinity.preferred': 'Preferred node affinity',
  'advanced.tolerations': 'Pod tolerations',
  'advanced.labels': 'Workload labels',
  'advanced.annotations': 'Workload annotations',
  'advanced.podLabels': 'Pod labels',
  'advanced.podAnnotations': 'Pod annotations',
  'advanced.dnsPolicy': 'DNS policy',
  'advanced.dnsConfig': 'DNS configuration',
  'advanced.dnsConfig.nameservers': 'DNS nameservers',
  'advanced.dnsConfig.searches': 'DNS search domains',
  'advanced.dnsConfig.options': 'DNS options',
  'advanced.hostAliases': 'Host aliases',
  'advanced.hostAliases[].ip': 'Host alias IP',
  'advanced.hostAliases[].hostnames': 'Host alias hostnames',
  differential: 'Differential configuration',
  'differential[].clusters': 'Differential clusters',
  'differential[].container': 'Differential container',
  'differential[].image': 'Differential image',
  'differential[].image.registry': 'Differential registry',
  'differential[].image.repository': 'Differential repository',
  'differential[].image.tag': 'Differential tag',
  'differential[].command': 'Differential command',
  'differential[].args': 'Differential arguments',
  'differential[].env': 'Differential environment variables',
  'differential[].resources': 'Differential resources',
  'differential[].resources.requests': 'Differential resource requests',
  'differential[].resources.limits': 'Differential resource limits',
  'differential[].labels': 'Differential labels',
  'differential[].annotations': 'Differential annotations',
  propagateDependencies: 'Propagate dependencies',
};

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Prints a spec path the way messages show it: `containers[0].resources.limits["nvidia.com/gpu"]`.
 *
 * @public
 */
export function formatSpecPath(segments: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (IDENTIFIER.test(String(s)))
      out += out ? `.${String(s)}` : String(s);
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

/**
 * The form label of a spec path: its own, else its closest ancestor's.
 *
 * @public
 */
export function workloadFieldLabel(
  segments: ReadonlyArray<PropertyKey>,
): string | undefined {
  for (let n = segments.length; n > 0; n--) {
    const pattern = segments
      .slice(0, n)
      .map((s, i) =>
        typeof s === 'number' ? '[]' : `${i === 0 ? '' : '.'}${String(s)}`,
      )
      .join('');
    const label = WORKLOAD_FIELD_LABELS[pattern];
    if (label) return label;
  }
  return undefined;
}
