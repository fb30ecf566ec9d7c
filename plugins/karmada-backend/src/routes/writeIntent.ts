import { JsonObject } from '@backstage/types';

/**
 * The write routes, by what they write.
 *
 * @public
 */
export type WriteRoute = 'apply' | 'resume' | 'remove';

/**
 * What a write request asks for, for its audit event: the target and flags
 * (`meta`) and the objects it means to write (`objects`, in write order).
 *
 * @public
 */
export interface WriteIntent {
  meta: JsonObject;
  objects: JsonObject[];
  dryRun: boolean;
}

const recordOf = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : {};
const stringOf = (v: unknown): string | undefined =>
  typeof v === 'string' && v ? v : undefined;

/**
 * Reads a write request's intent from its raw body, before any
 * validation: the audit event is created first, so a request refused by
 * the permission check or rejected as invalid is recorded too, with as
 * much of its target as it named. Never throws; what the body does not
 * name (or names with the wrong type) is `null`.
 *
 * The objects follow the services: apply writes the PropagationPolicy,
 * the OverridePolicy when the spec has differential items, then the
 * Deployment; resume re-applies the PropagationPolicy; remove deletes all
 * three.
 *
 * @public
 */
export function writeIntent(
  route: WriteRoute,
  body: unknown,
  resolveInstance: (name?: string) => string,
): WriteIntent {
  const b = recordOf(body);
  const target = route === 'apply' ? recordOf(b.spec) : b;
  const namespace = stringOf(target.namespace) ?? null;
  const name = stringOf(target.name) ?? null;
  // The spec's instance wins on apply (see targetOf in workloadRoutes).
  const asked =
    route === 'apply'
      ? stringOf(target.instance) ?? stringOf(b.instance)
      : stringOf(b.instance);
  let instance: string | null;
  try {
    instance = resolveInstance(asked);
  } catch {
    // An unknown instance is the request's mistake, audited as asked.
    instance = asked ?? null;
  }
  const dryRun = b.dryRun === true;
  let kinds: string[];
  if (route === 'apply') {
    const differential = target.differential;
    kinds = [
      'PropagationPolicy',
      ...(Array.isArray(differential) && differential.length
        ? ['OverridePolicy']
        : []),
      'Deployment',
    ];
  } else if (route === 'resume') kinds = ['PropagationPolicy'];
  else kinds = ['Deployment', 'PropagationPolicy', 'OverridePolicy'];
  return {
    dryRun,
    meta: {
      instance,
      namespace,
      name,
      dryRun,
      ...(route === 'apply'
        ? { force: b.force === true, staged: b.staged === true }
        : {}),
    },
    objects: kinds.map(kind => ({ kind, namespace, name })),
  };
}
