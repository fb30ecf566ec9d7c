import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';

type Json = Record<string, unknown>;

function record(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Json)
    : undefined;
}

/** `SetDefaults_Container`'s image pull policy: Always for `:latest` or untagged images. */
function defaultPullPolicy(image: unknown): string {
  if (typeof image !== 'string') return 'IfNotPresent';
  if (image.includes('@')) return 'IfNotPresent';
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const tag = lastSegment.includes(':')
    ? lastSegment.slice(lastSegment.lastIndexOf(':') + 1)
    : '';
  return tag === '' || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultContainer(container: Json): void {
  container.terminationMessagePath ??= '/dev/termination-log';
  container.terminationMessagePolicy ??= 'File';
  container.imagePullPolicy ??= defaultPullPolicy(container.image);
  container.resources ??= {};
  for (const port of Array.isArray(container.ports) ? container.ports : []) {
    const p = record(port);
    if (p) p.protocol ??= 'TCP';
  }
  for (const env of Array.isArray(container.env) ? container.env : []) {
    const fieldRef = record(record(record(env)?.valueFrom)?.fieldRef);
    if (fieldRef) fieldRef.apiVersion ??= 'v1';
  }
}

/**
 * The API server's defaults for a pod template (`SetDefaults_PodSpec`,
 * `SetDefaults_Container`), applied in place: what a client reads back and
 * what Karmada propagates.
 *
 * @public
 */
export function defaultPodTemplate(template: unknown): void {
  const spec = record(record(template)?.spec);
  if (!spec) return;
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.securityContext ??= {};
  spec.schedulerName ??= 'default-scheduler';
  for (const list of [spec.initContainers, spec.containers]) {
    for (const c of Array.isArray(list) ? list : []) {
      const container = record(c);
      if (container) defaultContainer(container);
    }
  }
}

/**
 * `SetDefaults_Deployment` plus the pod template's defaults.
 *
 * @public
 */
export function defaultDeployment(object: KubernetesObject): void {
  // DeploymentStatus is a struct, not a pointer: the server always shows one.
  object.status ??= {};
  const spec = record(object.spec);
  if (!spec) return;
  spec.replicas ??= 1;
  const strategy = (record(spec.strategy) ?? {}) as Json;
  strategy.type ??= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const rolling = (record(strategy.rollingUpdate) ?? {}) as Json;
    rolling.maxUnavailable ??= '25%';
    rolling.maxSurge ??= '25%';
    strategy.rollingUpdate = rolling;
  }
  spec.strategy = strategy;
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  defaultPodTemplate(spec.template);
}
