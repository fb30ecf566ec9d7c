import { AuditorService } from '@backstage/backend-plugin-api';
import { JsonObject } from '@backstage/types';
import type { Request } from 'express';

/**
 * Runs a write inside an audit event. The event is created before `run`,
 * and `run` does the validation and the permission check as well as the
 * write, so a request refused (403) or rejected (400) is audited like one
 * that failed at Karmada: `fail` with the error, its `reason`, the
 * `objects` the request meant to write and, when the write got part way,
 * the ones `written`. On success, `success` with the outcome's meta (the
 * objects written, each with its action). Either way the error is
 * rethrown and the result returned unchanged.
 *
 * The auditor records the request's credentials (the actor) itself;
 * `meta` adds the initiator, instance, namespace, name and flags.
 *
 * @public
 */
export async function audited<T>(
  auditor: AuditorService,
  options: {
    eventId: string;
    request: Request;
    meta: JsonObject;
    /** The objects the request means to write, listed when it fails. */
    objects: JsonObject[];
    severityLevel?: 'low' | 'medium' | 'high' | 'critical';
  },
  run: () => Promise<T>,
  outcome: (result: T) => JsonObject,
): Promise<T> {
  const event = await auditor.createEvent({
    eventId: options.eventId,
    severityLevel: options.severityLevel ?? 'medium',
    request: options.request,
    meta: options.meta,
  });
  let result: T;
  try {
    result = await run();
  } catch (error) {
    const written = (error as { written?: JsonObject[] })?.written;
    await event.fail({
      error: error as Error,
      meta: {
        ...options.meta,
        reason: String((error as Error)?.message ?? error),
        objects: options.objects,
        ...(written ? { written: JSON.parse(JSON.stringify(written)) } : {}),
      },
    });
    throw error;
  }
  await event.success({ meta: { ...options.meta, ...outcome(result) } });
  return result;
}
