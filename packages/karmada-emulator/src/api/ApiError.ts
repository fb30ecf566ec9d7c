/**
 * One cause of a failure (`metav1.StatusCause`).
 *
 * @public
 */
export interface StatusCause {
  reason?: string;
  message?: string;
  field?: string;
}

/**
 * `metav1.StatusDetails`: which object failed, and why, field by field.
 *
 * @public
 */
export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

/**
 * A `metav1.Status` object, the body of every failed API request.
 *
 * @public
 */
export interface Status {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure' | 'Success';
  message?: string;
  reason?: string;
  details?: StatusDetails;
  code: number;
}

/**
 * An API failure carrying the Status the server answers with.
 *
 * @public
 */
export class ApiError extends Error {
  readonly status: Status;

  constructor(
    code: number,
    reason: string,
    message: string,
    details?: StatusDetails,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message,
      reason,
      ...(details ? { details } : {}),
      code,
    };
  }

  /** The HTTP status code. */
  get code(): number {
    return this.status.code;
  }

  /** The machine-readable reason, e.g. `NotFound`. */
  get reason(): string {
    return this.status.reason ?? '';
  }
}

/**
 * Whether a thrown value is an {@link ApiError}.
 *
 * @public
 */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
