import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { TEMPLATE_GENERATION_ANNOTATION } from './karmadaMetadata';

/**
 * How far a member cluster got with a manifest: its own generation of the
 * object and when that generation was applied.
 *
 * @public
 */
export interface MemberProgress {
  manifestHash: string;
  generation: number;
  appliedAt: number;
}

/**
 * What the work status controller reports for one manifest.
 *
 * @public
 */
export interface ManifestStatus {
  identifier: Record<string, unknown>;
  status?: Record<string, unknown>;
  health: 'Healthy' | 'Unhealthy' | 'Unknown';
}

/** Go's `omitempty` on integers: zero is not written. */
function omitZero(values: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== 0));
}

function identifier(
  manifest: KubernetesObject,
  resource: string,
): Record<string, unknown> {
  const [group, version] = (manifest.apiVersion ?? '').includes('/')
    ? (manifest.apiVersion ?? '').split('/')
    : ['', manifest.apiVersion ?? ''];
  return {
    ordinal: 0,
    group,
    version,
    kind: manifest.kind,
    resource,
    namespace: manifest.metadata?.namespace ?? '',
    name: manifest.metadata?.name ?? '',
  };
}

/**
 * The status a member cluster reports for a manifest `elapsedMs` after it
 * applied it: a Deployment's replicas become ready progressively over
 * `readyAfterMs` (all at once when 0), reflected the way Karmada's default
 * interpreter does (`WrappedDeploymentStatus`: the member generation, the
 * template generation and the replica counts, zeros omitted), with health
 * per `interpretDeploymentHealth`. Other kinds are Healthy without status.
 * Also returns how long until the next replica is ready, if any.
 * `resource` is the manifest's plural resource name, for its identifier.
 *
 * @public
 */
export function memberManifestStatus(
  manifest: KubernetesObject,
  resource: string,
  progress: MemberProgress,
  elapsedMs: number,
  readyAfterMs: number,
): { status: ManifestStatus; nextChangeInMs?: number } {
  if (manifest.kind !== 'Deployment')
    return {
      status: { identifier: identifier(manifest, resource), health: 'Healthy' },
    };
  const desired = Number(
    (manifest.spec as { replicas?: number } | undefined)?.replicas ?? 1,
  );
  const fraction =
    readyAfterMs <= 0 ? 1 : Math.min(1, elapsedMs / readyAfterMs);
  const ready = Math.min(desired, Math.floor(desired * fraction));
  const templateGeneration = Number(
    manifest.metadata?.annotations?.[TEMPLATE_GENERATION_ANNOTATION] ?? 0,
  );
  const status = {
    ...omitZero({
      generation: progress.generation,
      resourceTemplateGeneration: templateGeneration,
    }),
    ...omitZero({
      replicas: desired,
      updatedReplicas: desired,
      readyReplicas: ready,
      availableReplicas: ready,
      unavailableReplicas: desired - ready,
      observedGeneration: progress.generation,
    }),
  };
  const healthy = ready === desired;
  const result: { status: ManifestStatus; nextChangeInMs?: number } = {
    status: {
      identifier: identifier(manifest, resource),
      status,
      health: healthy ? 'Healthy' : 'Unhealthy',
    },
  };
  if (!healthy && desired > 0) {
    const nextAt =
      Math.floor(((ready + 1) * readyAfterMs) / desired) - elapsedMs;
    result.nextChangeInMs = Math.max(10, Math.ceil(nextAt));
  }
  return result;
}
