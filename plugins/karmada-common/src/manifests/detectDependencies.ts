import type { Container, PodSpec, Volume } from './deploymentTypes';

// The ConfigMaps and Secrets a Deployment's pods need, found where Karmada's
// dependency interpreter looks for them (env, envFrom, volumes including
// projected sources and volume plugins' secret references, image pull
// secrets; containers, init and ephemeral containers). With propagateDeps
// Karmada propagates exactly these along with the workload, so they must
// exist in the Karmada control plane's namespace.

/**
 * A ConfigMap or Secret a workload depends on, and where it is referenced.
 *
 * @public
 */
export interface WorkloadDependency {
  kind: 'ConfigMap' | 'Secret';
  name: string;
  namespace: string;
  /** Pod spec paths of the references, e.g. `containers[0].env[2]`, `volumes[1]`, `imagePullSecrets[0]`. */
  referencedBy: string[];
}

/**
 * The minimum a Deployment (or anything with a pod template) must have to be inspected.
 *
 * @public
 */
export interface PodTemplateHolder {
  metadata?: { namespace?: string };
  spec?: { template?: { spec?: Partial<PodSpec> } };
}

type Add = (
  kind: WorkloadDependency['kind'],
  name: string | undefined,
  path: string,
) => void;

// Volume plugins that name a Secret (corev1 VisitPodSecretNames).
const SECRET_REF_PLUGINS = [
  'cephfs',
  'cinder',
  'flexVolume',
  'rbd',
  'scaleIO',
  'iscsi',
  'storageos',
] as const;

function visitContainer(c: Container, path: string, add: Add): void {
  (c.env ?? []).forEach((e, i) => {
    add('ConfigMap', e.valueFrom?.configMapKeyRef?.name, `${path}.env[${i}]`);
    add('Secret', e.valueFrom?.secretKeyRef?.name, `${path}.env[${i}]`);
  });
  (c.envFrom ?? []).forEach((e, i) => {
    add('ConfigMap', e.configMapRef?.name, `${path}.envFrom[${i}]`);
    add('Secret', e.secretRef?.name, `${path}.envFrom[${i}]`);
  });
}

// Volume plugins other than configMap/secret/projected are not typed here.
function member(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function stringMember(value: unknown, key: string): string | undefined {
  const found = member(value, key);
  return typeof found === 'string' ? found : undefined;
}

function visitVolume(v: Volume, path: string, add: Add): void {
  add('ConfigMap', v.configMap?.name, path);
  add('Secret', v.secret?.secretName, path);
  (v.projected?.sources ?? []).forEach((s, i) => {
    add('ConfigMap', s.configMap?.name, `${path}.projected.sources[${i}]`);
    add('Secret', s.secret?.name, `${path}.projected.sources[${i}]`);
  });
  for (const plugin of SECRET_REF_PLUGINS)
    add('Secret', stringMember(member(v[plugin], 'secretRef'), 'name'), path);
  add('Secret', stringMember(v.azureFile, 'secretName'), path);
  add(
    'Secret',
    stringMember(member(v.csi, 'nodePublishSecretRef'), 'name'),
    path,
  );
}

/**
 * The ConfigMaps and Secrets a workload references, sorted by kind, namespace
 * and name, each listed once with every place that references it.
 *
 * @public
 */
export function detectDependencies(
  workload: PodTemplateHolder,
): WorkloadDependency[] {
  const namespace = workload.metadata?.namespace || 'default';
  const pod = workload.spec?.template?.spec ?? {};
  const found = new Map<string, WorkloadDependency>();
  const add: Add = (kind, name, path) => {
    if (!name) return;
    const key = `${kind}/${name}`;
    const dep = found.get(key) ?? { kind, name, namespace, referencedBy: [] };
    if (!dep.referencedBy.includes(path)) dep.referencedBy.push(path);
    found.set(key, dep);
  };
  for (const field of [
    'initContainers',
    'containers',
    'ephemeralContainers',
  ] as const) {
    (pod[field] ?? []).forEach((c, i) =>
      visitContainer(c, `${field}[${i}]`, add),
    );
  }
  (pod.volumes ?? []).forEach((v, i) => visitVolume(v, `volumes[${i}]`, add));
  (pod.imagePullSecrets ?? []).forEach((s, i) =>
    add('Secret', s.name, `imagePullSecrets[${i}]`),
  );
  // Code-point order, not locale order: the same everywhere.
  const compare = (a: string, b: string) => {
    if (a === b) return 0;
    return a < b ? -1 : 1;
  };
  return [...found.values()].sort(
    (a, b) =>
      compare(a.kind, b.kind) ||
      compare(a.namespace, b.namespace) ||
      compare(a.name, b.name),
  );
}
