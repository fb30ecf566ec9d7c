import { mockServices } from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/types';

/** One audit event as the plugin reported it. */
export interface RecordedAuditEvent {
  eventId: string;
  severityLevel?: string;
  /** The meta given to `createEvent`. */
  meta: JsonObject;
  outcome?: 'success' | 'fail';
  /** The meta given to `success` or `fail` (what the outcome adds). */
  outcomeMeta?: JsonObject;
  error?: Error;
}

/**
 * An auditor mock that records every event with the meta of its creation
 * and of its outcome, so tests can check what the audit trail says (the
 * objects written, the reason of a failure), not only that an event exists.
 */
export function createRecordingAuditor() {
  const auditor = mockServices.auditor.mock();
  const events: RecordedAuditEvent[] = [];
  auditor.createEvent.mockImplementation(
    async ({ eventId, severityLevel, meta }) => {
      const e: RecordedAuditEvent = {
        eventId,
        severityLevel,
        meta: meta ?? {},
      };
      events.push(e);
      return {
        success: async options => {
          e.outcome = 'success';
          e.outcomeMeta = options?.meta;
        },
        fail: async options => {
          e.outcome = 'fail';
          e.outcomeMeta = options.meta;
          e.error = options.error;
        },
      };
    },
  );
  return { factory: auditor.factory, events };
}
