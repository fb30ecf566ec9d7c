/**
 * A Kubernetes `Status` object (the body of every API error).
 *
 * @public
 */
export interface KubernetesStatus {
  kind?: 'Status';
  apiVersion?: string;
  status?: 'Failure' | 'Success' | string;
  message?: string;
  reason?: string;
  code?: number;
  details?: {
    name?: string;
    group?: string;
    kind?: string;
    causes?: Array<{ reason?: string; message?: string; field?: string }>;
    retryAfterSeconds?: number;
  };
}

/**
 * The API server answered with an error status (the raw form, before
 * {@link toBackstageError} maps it).
 *
 * @public
 */
export class KubernetesStatusError extends Error {
  constructor(
    readonly statusCode: number,
    readonly status: KubernetesStatus,
    readonly request: { method: string; path: string },
  ) {
    super(
      status.message ||
        `${request.method} ${request.path} failed with HTTP ${statusCode}`,
    );
    this.name = 'KubernetesStatusError';
  }
}

/**
 * The API server could not be reached or did not answer in time.
 *
 * @public
 */
export class KarmadaConnectionError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly request: { method: string; path: string },
    /** True when the request may have reached the server (reset/timeout after sending). */
    readonly ambiguous: boolean,
  ) {
    super(message);
    this.name = 'KarmadaConnectionError';
  }
}

/**
 * Whether a failed request is worth retrying: connection problems, timeouts,
 * 429 and 5xx answers (except 501). 4xx are the caller's to fix.
 *
 * @public
 */
export function isRetriable(error: unknown): boolean {
  if (error instanceof KarmadaConnectionError) return true;
  if (error instanceof KubernetesStatusError) {
    const c = error.statusCode;
    return c === 429 || (c >= 500 && c !== 501);
  }
  return false;
}
