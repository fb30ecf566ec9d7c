import { createHash } from 'node:crypto';
import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { childPath, FieldError } from '../api/fieldErrors';
import { ResourceStrategy } from '../api/ResourceType';
import { isDNS1035Label } from '../validation/nameRules';
import { nameRule, validateLabels } from '../validation/validateObjectMeta';

type Json = Record<string, unknown>;

const TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

/** A stable address in 10.96.0.0/12 derived from the Service's identity. */
function clusterIpFor(object: KubernetesObject): string {
  const digest = createHash('sha256')
    .update(`${object.metadata?.namespace}/${object.metadata?.name}`)
    .digest();
  return `10.${96 + (digest[0] % 16)}.${digest[1]}.${(digest[2] % 254) + 1}`;
}

function defaultService(object: KubernetesObject): void {
  const spec = (object.spec ?? {}) as Json;
  spec.type ??= 'ClusterIP';
  spec.sessionAffinity ??= 'None';
  for (const raw of Array.isArray(spec.ports) ? spec.ports : []) {
    const port = raw as Json;
    port.protocol ??= 'TCP';
    port.targetPort ??= port.port;
  }
  if (spec.type !== 'ExternalName') {
    spec.clusterIP ??= clusterIpFor(object);
    spec.clusterIPs ??= [spec.clusterIP];
    spec.ipFamilies ??= ['IPv4'];
    spec.ipFamilyPolicy ??= 'SingleStack';
    spec.internalTrafficPolicy ??= 'Cluster';
  }
  object.spec = spec;
}

function validateService(
  object: KubernetesObject,
  old: KubernetesObject | undefined,
): FieldError[] {
  const errors: FieldError[] = [];
  const spec = (object.spec ?? {}) as Json;
  const type = String(spec.type ?? 'ClusterIP');
  if (!TYPES.includes(type))
    errors.push({
      type: 'NotSupported',
      field: 'spec.type',
      value: type,
      supported: TYPES,
    });
  const ports = Array.isArray(spec.ports) ? (spec.ports as Json[]) : [];
  if (
    ports.length === 0 &&
    type !== 'ExternalName' &&
    spec.clusterIP !== 'None'
  ) {
    errors.push({ type: 'Required', field: 'spec.ports' });
  }
  const names = new Set<string>();
  ports.forEach((port, i) => {
    const at = childPath('spec.ports', i);
    if (ports.length > 1 && !port.name)
      errors.push({ type: 'Required', field: childPath(at, 'name') });
    if (typeof port.name === 'string' && port.name) {
      if (names.has(port.name))
        errors.push({
          type: 'Duplicate',
          field: childPath(at, 'name'),
          value: port.name,
        });
      names.add(port.name);
    }
    if (typeof port.port !== 'number' || port.port < 1 || port.port > 65535) {
      errors.push({
        type: 'Invalid',
        field: childPath(at, 'port'),
        value: port.port ?? 0,
        detail: 'must be between 1 and 65535, inclusive',
      });
    }
    if (
      port.protocol !== undefined &&
      !PROTOCOLS.includes(String(port.protocol))
    ) {
      errors.push({
        type: 'NotSupported',
        field: childPath(at, 'protocol'),
        value: port.protocol,
        supported: PROTOCOLS,
      });
    }
  });
  errors.push(
    ...validateLabels(spec.selector as Json | undefined, 'spec.selector'),
  );
  const oldIp = (old?.spec as Json | undefined)?.clusterIP;
  if (old && oldIp && spec.clusterIP !== oldIp) {
    errors.push({
      type: 'Invalid',
      field: 'spec.clusterIPs[0]',
      value: spec.clusterIP ?? '',
      detail: 'may not change once set',
    });
  }
  return errors;
}

/**
 * The registry strategy of `v1` Services (names are DNS-1035 labels).
 *
 * @public
 */
export const serviceStrategy: ResourceStrategy = {
  nameRule: nameRule(isDNS1035Label),
  generation: 'none',
  statusSubresource: true,
  defaults: defaultService,
  validate: validateService,
};
