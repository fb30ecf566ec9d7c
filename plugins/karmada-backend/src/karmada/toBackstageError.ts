import {
  ConflictError,
  ForwardedError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
  isError,
} from '@backstage/errors';
import { KarmadaConnectionError, KubernetesStatusError } from './errors';

/**
 * The field managers named in a server-side apply conflict message
 * (`conflict with "kubectl-client-side-apply" using apps/v1: .spec.replicas`).
 *
 * @public
 */
export function conflictManagers(message: string): string[] {
  const out = new Set<string>();
  for (const m of message.matchAll(/conflicts? with "([^"]+)"/g)) out.add(m[1]);
  return [...out];
}

function withDetails<E extends Error>(
  error: E,
  details: Record<string, unknown>,
): E {
  // Own enumerable properties are serialized into the error response body,
  // so the frontend sees field paths and managers without parsing text.
  return Object.assign(error, details);
}

/**
 * Maps a raw Karmada API failure to a Backstage error, keeping Karmada's
 * message: 404 → NotFoundError, 409 → ConflictError (with the conflicting
 * managers), 400/422 → InputError (with the causes and their field paths),
 * 403 → NotAllowedError, 429/5xx → ForwardedError caused by a
 * ServiceUnavailableError with Karmada's message (answered as 503),
 * 401/timeouts/connection errors → ServiceUnavailableError. Other errors pass through unchanged.
 *
 * @public
 */
export function toBackstageError(error: unknown, instance?: string): Error {
  const where = instance ? `Karmada instance "${instance}"` : 'Karmada';
  if (error instanceof KubernetesStatusError) {
    const { statusCode, status } = error;
    const message = status.message || error.message;
    const causes = (status.details?.causes ?? []).map(c => ({
      field: c.field,
      reason: c.reason,
      message: c.message,
    }));
    switch (statusCode) {
      case 400:
        return withDetails(new InputError(message), {
          reason: status.reason,
          causes,
        });
      case 422:
        return withDetails(new InputError(message), {
          reason: status.reason ?? 'Invalid',
          causes,
        });
      case 403:
        return new NotAllowedError(`${where} refused: ${message}`);
      case 404:
        return new NotFoundError(message);
      case 409:
        return withDetails(new ConflictError(message), {
          reason: status.reason,
          managers: conflictManagers(message),
        });
      case 410:
        return withDetails(new ConflictError(message), {
          reason: status.reason ?? 'Expired',
        });
      case 401:
        // The backend's own credentials were rejected: an operator problem,
        // not the user's, so not a 401 that would make the UI ask to sign in.
        return new ServiceUnavailableError(
          `${where} rejected the backend's credentials: ${message}`,
        );
      default:
        if (statusCode === 429 || statusCode >= 500) {
          // Forwarded: Karmada's own failure, with its message as the cause;
          // the cause's type makes the response a 503, not a 500.
          return new ForwardedError(
            `${where} answered HTTP ${statusCode}`,
            new ServiceUnavailableError(message),
          );
        }
        return withDetails(new InputError(message), {
          reason: status.reason,
          causes,
        });
    }
  }
  if (error instanceof KarmadaConnectionError) {
    return new ServiceUnavailableError(
      `${where} is unreachable: ${error.message}`,
    );
  }
  if (isError(error)) return error;
  return new Error(String(error));
}
