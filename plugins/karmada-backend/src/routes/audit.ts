import { AuditorService } from '@backstage/backend-plugin-api';
import { JsonObject } from '@backstage/types';
import type { Request } from 'express';

/**
 * Runs a write inside an audit event: `success` with the outcome's meta, or
 * `fail` with the error, then rethrows. The auditor records the request's
 * credentials (the initiator) itself; `meta` adds instance, namespace,
 * objects and dryRun.
 *
 * @public
 */
export async function audited<T>(
  auditor: AuditorService,
  options: {
    eventId: string;
    request: Request;
    meta: JsonObject;
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
  try {
    const result = await run();
    await event.success({ meta: outcome(result) });
    return result;
  } catch (error) {
    await event.fail({
      error: error as Error,
      meta: {
        ...options.meta,
        ...((error as any)?.written ? { written: (error as any).written } : {}),
      },
    });
    throw error;
  }
}
