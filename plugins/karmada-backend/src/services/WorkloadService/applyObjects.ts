import { AppliedObjectDto } from '@karmada-backstage/plugin-karmada-common';
import { ApiObject } from '../../karmada/types';
import { KarmadaApiClient } from '../../karmada/createKarmadaApiClient';
import {
  KarmadaConnectionError,
  KubernetesStatusError,
} from '../../karmada/errors';
import { findKind } from '../../karmada/resources';
import { toBackstageError } from '../../karmada/toBackstageError';
import { describeProgress, objectLabel, withMessage } from './describeError';
import { mayConflict } from './mayConflict';
import { isUnchanged } from './isUnchanged';

/**
 * One step of a workload write: apply `object`, or delete it.
 *
 * @public
 */
export type WriteStep =
  | { op: 'apply'; object: ApiObject; existing?: ApiObject }
  | { op: 'delete'; object: ApiObject };

function applied(
  step: WriteStep,
  action: AppliedObjectDto['action'],
  resourceVersion?: string,
): AppliedObjectDto {
  const { apiVersion = '', kind = '', metadata } = step.object;
  return {
    apiVersion,
    kind,
    name: metadata?.name ?? '',
    namespace: metadata?.namespace,
    action,
    ...(resourceVersion ? { resourceVersion } : {}),
  };
}

/**
 * What a write did: per object the DTO, and the objects the API server
 * returned (for the cache's write-through).
 *
 * @public
 */
export interface WriteResult {
  objects: AppliedObjectDto[];
  returned: ApiObject[];
}

type Outcome = { dto: AppliedObjectDto; returned?: ApiObject };

async function run(
  client: KarmadaApiClient,
  step: WriteStep,
  opts: { dryRun: boolean; force: boolean },
): Promise<Outcome> {
  const meta = step.object.metadata ?? {};
  if (step.op === 'delete') {
    const kind = findKind(step.object.apiVersion, step.object.kind);
    if (!kind) throw new Error(`unknown kind ${step.object.kind}`);
    const { value: existed } = await client.delete(
      kind,
      meta.namespace,
      meta.name ?? '',
      { dryRun: opts.dryRun },
    );
    return { dto: applied(step, existed ? 'deleted' : 'absent') };
  }
  const res = await client.apply(step.object, opts);
  const out = res.value.object;
  const rv = out.metadata?.resourceVersion;
  const before = step.existing?.metadata?.resourceVersion;
  let action: AppliedObjectDto['action'];
  if (res.value.status === 201) action = 'created';
  // Not in the cache: created by an earlier attempt of this call whose
  // answer was lost, or someone else's object we now co-own.
  else if (!step.existing) action = res.ambiguous ? 'created' : 'configured';
  else
    action = isUnchanged(step.existing, out, step.object)
      ? 'unchanged'
      : 'configured';
  return {
    dto: applied(step, action, opts.dryRun ? before : rv),
    returned: opts.dryRun ? undefined : out,
  };
}

// A failure after several attempts, or a timeout/reset/5xx, may hide a write
// that landed; a 4xx on the first attempt did not write anything.
function mayHaveLanded(error: unknown): boolean {
  if (((error as { attempts?: number })?.attempts ?? 1) > 1) return true;
  if (error instanceof KarmadaConnectionError) return error.ambiguous;
  return error instanceof KubernetesStatusError && error.statusCode >= 500;
}

/**
 * Writes a workload's objects in phases (each phase's objects in parallel,
 * one request per object, idempotent requests retried with backoff), after
 * a dry-run pre-flight of any object another field manager might conflict
 * on. On failure, throws the mapped error with a message naming what was
 * and was not written (and `written` / `failed` details).
 *
 * @public
 */
export async function applyObjects(
  client: KarmadaApiClient,
  phases: WriteStep[][],
  opts: { dryRun: boolean; force: boolean; instance: string },
): Promise<WriteResult> {
  const all = phases.flat();
  // Pre-flight: find conflicts before the first write, so a conflict never
  // leaves a half-written workload. Costs a request only where the cache
  // shows another manager owning a field we set.
  if (!opts.dryRun && !opts.force) {
    const risky = all.filter(
      (s): s is Extract<WriteStep, { op: 'apply' }> =>
        s.op === 'apply' && mayConflict(s.existing, s.object),
    );
    await Promise.all(
      risky.map(s =>
        client.apply(s.object, { dryRun: true, force: false }).catch(e => {
          const err = toBackstageError(e, opts.instance);
          const notAttempted = all.map(x => objectLabel(x.object));
          throw withMessage(
            err,
            `${objectLabel(s.object)}: ${
              err.message
            } (nothing was written; pass force to take over the conflicting fields)`,
            {
              written: [],
              failed: [objectLabel(s.object)],
              notAttempted,
            },
          );
        }),
      ),
    );
  }
  const written: AppliedObjectDto[] = [];
  const returned: ApiObject[] = [];
  for (let p = 0; p < phases.length; p++) {
    const results = await Promise.allSettled(
      phases[p].map(s => run(client, s, opts)),
    );
    for (const r of results) {
      if (r.status !== 'fulfilled') continue;
      written.push(r.value.dto);
      if (r.value.returned) returned.push(r.value.returned);
    }
    const failedIndex = results.findIndex(r => r.status === 'rejected');
    if (failedIndex >= 0) {
      const failedStep = phases[p][failedIndex];
      const raw = (results[failedIndex] as PromiseRejectedResult).reason;
      const err = toBackstageError(raw, opts.instance);
      const failed = results.flatMap((r, i) =>
        r.status === 'rejected'
          ? [
              {
                label: objectLabel(phases[p][i].object),
                uncertain: mayHaveLanded(r.reason),
              },
            ]
          : [],
      );
      const notAttempted = phases
        .slice(p + 1)
        .flat()
        .map(s => objectLabel(s.object));
      const attempts = (raw as { attempts?: number })?.attempts;
      const tries =
        attempts && attempts > 1 ? ` after ${attempts} attempts` : '';
      const hint =
        err.name === 'ConflictError'
          ? '; pass force to take over the conflicting fields'
          : '';
      throw withMessage(
        err,
        `${objectLabel(failedStep.object)} failed${tries}: ${
          err.message
        } (${describeProgress(
          { written, failed, notAttempted },
          opts.dryRun,
        )}${hint})`,
        { written, failed: failed.map(f => f.label), notAttempted },
      );
    }
  }
  return { objects: written, returned };
}
