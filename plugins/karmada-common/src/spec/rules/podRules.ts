import {
  LABEL_APP,
  LABEL_KUBERNETES_ID,
  LABEL_MANAGED_BY,
} from '../../constants';
import type { AdvancedSpec } from '../schemas/advancedSchema';
import type { ContainerSpec } from '../schemas/containerSchema';
import type { ProbeSpec } from '../schemas/probeSchema';
import type { VolumeSpec } from '../schemas/podSchema';

/**
 * One problem found by a cross-field rule: its path from the spec root and the reason.
 *
 * @public
 */
export interface SpecIssue {
  path: Array<string | number>;
  message: string;
}

/**
 * Label keys the renderer sets itself: the selector and the catalog link.
 * Letting users set them would break the Deployment's selector or the link
 * between the entity and its workload.
 *
 * @public
 */
export const RESERVED_LABEL_KEYS: readonly string[] = [
  LABEL_APP,
  LABEL_KUBERNETES_ID,
  LABEL_MANAGED_BY,
];

/**
 * The annotation prefix the portal writes provenance under; users may not set it.
 *
 * @public
 */
export const RESERVED_ANNOTATION_PREFIX = 'karmada.backstage.io/';

function duplicates<T>(
  items: T[],
  key: (item: T) => string | undefined,
): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (k === undefined) return;
    if (seen.has(k)) out.push(i);
    seen.add(k);
  });
  return out;
}

function probePorts(
  probe: ProbeSpec | undefined,
): Array<{ field: string; port: number | string }> {
  if (!probe) return [];
  const out: Array<{ field: string; port: number | string }> = [];
  if (probe.httpGet) out.push({ field: 'httpGet', port: probe.httpGet.port });
  if (probe.tcpSocket)
    out.push({ field: 'tcpSocket', port: probe.tcpSocket.port });
  return out;
}

/**
 * Rules that span the pod: unique container, port and volume names, mounts
 * of declared volumes, probes on declared port names, reserved labels.
 *
 * @public
 */
export function podIssues(spec: {
  containers: ContainerSpec[];
  volumes?: VolumeSpec[];
  advanced?: AdvancedSpec;
}): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const { containers } = spec;
  for (const i of duplicates(containers, c => c.name)) {
    issues.push({
      path: ['containers', i, 'name'],
      message: `"${containers[i].name}" is already the name of another container`,
    });
  }
  // Containers share the pod's network namespace: port names and ports are pod-wide.
  const ports = containers.flatMap((c, ci) =>
    (c.ports ?? []).map((p, pi) => ({ ...p, ci, pi })),
  );
  for (const i of duplicates(ports, p => p.name)) {
    issues.push({
      path: ['containers', ports[i].ci, 'ports', ports[i].pi, 'name'],
      message: `"${ports[i].name}" is already the name of another port in this pod`,
    });
  }
  for (const i of duplicates(ports, p => `${p.containerPort}/${p.protocol}`)) {
    issues.push({
      path: ['containers', ports[i].ci, 'ports', ports[i].pi, 'containerPort'],
      message: `${ports[i].containerPort}/${ports[i].protocol} is already used by another port in this pod`,
    });
  }
  const volumes = spec.volumes ?? [];
  for (const i of duplicates(volumes, v => v.name)) {
    issues.push({
      path: ['volumes', i, 'name'],
      message: `"${volumes[i].name}" is already the name of another volume`,
    });
  }
  const volumeNames = new Set(volumes.map(v => v.name));
  containers.forEach((c, ci) => {
    (c.volumeMounts ?? []).forEach((m, mi) => {
      if (!volumeNames.has(m.name)) {
        issues.push({
          path: ['containers', ci, 'volumeMounts', mi, 'name'],
          message: `no volume named "${m.name}" is declared in volumes`,
        });
      }
    });
    const portNames = new Set(
      (c.ports ?? []).map(p => p.name).filter(n => n !== undefined),
    );
    for (const probe of [
      'livenessProbe',
      'readinessProbe',
      'startupProbe',
    ] as const) {
      for (const { field, port } of probePorts(c[probe])) {
        if (typeof port === 'string' && !portNames.has(port)) {
          issues.push({
            path: ['containers', ci, probe, field, 'port'],
            message: `no port named "${port}" in this container`,
          });
        }
      }
    }
  });
  for (const field of ['labels', 'podLabels'] as const) {
    for (const key of Object.keys(spec.advanced?.[field] ?? {})) {
      if (RESERVED_LABEL_KEYS.includes(key)) {
        issues.push({
          path: ['advanced', field, key],
          message: `"${key}" is set by the portal and cannot be changed`,
        });
      }
    }
  }
  for (const field of ['annotations', 'podAnnotations'] as const) {
    for (const key of Object.keys(spec.advanced?.[field] ?? {})) {
      if (key.startsWith(RESERVED_ANNOTATION_PREFIX)) {
        issues.push({
          path: ['advanced', field, key],
          message: `"${key}" is set by the portal (${RESERVED_ANNOTATION_PREFIX}*) and cannot be changed`,
        });
      }
    }
  }
  return issues;
}
