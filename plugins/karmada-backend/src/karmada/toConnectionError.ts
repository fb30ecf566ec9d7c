import { KarmadaConnectionError } from './errors';

// Failures that happen before a request is written (no connection, DNS, TLS
// verification): the request cannot have reached the server.
const BEFORE_SENDING = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
]);
const TLS_SETUP =
  /^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO_|SELF_SIGNED_|UNABLE_TO_)/;

// node-fetch wraps the socket's error message with the full URL; keep only
// the reason (the caller names method and path, as node's own errors did).
const FETCH_PREFIX =
  /^(request to \S+ failed, reason: |Invalid response body while trying to fetch \S+: )/;

/**
 * Maps a failure of client-node's HTTP layer (node-fetch's `FetchError`,
 * carrying the socket error's `code`) to a {@link KarmadaConnectionError}
 * named `<label>: <reason>`. `mayHaveSent` says whether the request may have
 * reached the server at all; the error is ambiguous unless its code proves
 * it did not.
 *
 * @internal
 */
export function toConnectionError(
  error: unknown,
  where: { method: string; path: string },
  label: string,
  mayHaveSent: boolean,
): KarmadaConnectionError {
  if (error instanceof KarmadaConnectionError) return error;
  const code = (error as { code?: unknown })?.code;
  const reason = String((error as Error)?.message ?? error).replace(
    FETCH_PREFIX,
    '',
  );
  const notSent =
    typeof code === 'string' &&
    (BEFORE_SENDING.has(code) || TLS_SETUP.test(code));
  return new KarmadaConnectionError(
    `${label}: ${reason}`,
    typeof code === 'string' ? code : undefined,
    where,
    mayHaveSent && !notSent,
  );
}
