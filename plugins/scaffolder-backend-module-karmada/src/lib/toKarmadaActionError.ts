import {
  AuthenticationError,
  ConflictError,
  ErrorLike,
  ForwardedError,
  InputError,
  isError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';

type ErrorClass = new (message?: string) => Error;

// The classes a step failure keeps, by name: the service's own errors are
// these classes, and over HTTP they arrive as a ResponseError whose cause
// carries the name the backend threw.
const KEEP: Record<string, ErrorClass> = {
  InputError,
  NotAllowedError,
  NotFoundError,
  AuthenticationError,
  ServiceUnavailableError,
  KarmadaInputError: InputError,
};

const FORCE_HINT =
  'another field manager owns fields this workload sets (someone changed it with kubectl or another tool manages it). ' +
  'Set `force: true` on the step to take ownership of those fields, or choose another workload name';

/** The error the backend threw, out of the ResponseError that carried it over HTTP. */
function unwrap(error: ErrorLike): ErrorLike {
  const cause = (error as { cause?: unknown }).cause;
  return error.name === 'ResponseError' && isError(cause) ? cause : error;
}

// No `cause` on the rebuilt errors: Backstage errors append "; caused by
// <cause>" to the message, which would print Karmada's words twice.

/**
 * Turns a failure of the Karmada service into the error the step fails
 * with: the same class (so the status is right), a message that says what
 * the step was doing and keeps Karmada's words, and for server-side apply
 * conflicts the advice to use `force`.
 *
 * @param error - what the service threw
 * @param doing - what the step was doing, e.g. `Could not apply team-a/web on "local"`
 */
export function toKarmadaActionError(error: unknown, doing: string): Error {
  if (!isError(error)) return new ForwardedError(doing, error);
  const thrown = unwrap(error);
  const { name, message } = thrown;
  const statusCode = (error as { statusCode?: unknown }).statusCode;
  if (name === 'ConflictError' || statusCode === 409) {
    return new ConflictError(`${doing}: ${message}; ${FORCE_HINT}`);
  }
  const Keep = KEEP[name];
  if (Keep) return new Keep(`${doing}: ${message}`);
  return new ForwardedError(doing, thrown);
}
