import { parseAllDocuments } from 'yaml';
import { badRequest } from './statusErrors';

/**
 * Parses a JSON request body for a kind; a malformed body is a 400 in the
 * API server's words.
 *
 * @public
 */
export function parseJsonBody(text: string, kind: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw badRequest(
      `the object provided is unrecognized (must be of type ${kind}): couldn't get version/kind; json parse error: ${
        (e as Error).message
      }`,
    );
  }
}

/**
 * Parses a patch body (JSON).
 *
 * @public
 */
export function parsePatchBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw badRequest(`error decoding patch: ${(e as Error).message}`);
  }
}

/**
 * Parses an apply body: one YAML (or JSON) document holding an object.
 *
 * @public
 */
export function parseApplyBody(text: string): Record<string, unknown> {
  // Most clients send JSON (valid YAML too); parsing it as JSON first is much faster.
  try {
    const json = JSON.parse(text);
    if (json !== null && typeof json === 'object' && !Array.isArray(json))
      return json as Record<string, unknown>;
  } catch {
    // not JSON: read it as YAML below
  }
  const docs = parseAllDocuments(text);
  const errors = docs.flatMap(d => d.errors);
  if (errors.length)
    throw badRequest(`error decoding YAML: ${errors[0].message}`);
  const values = docs
    .map(d => d.toJS())
    .filter(v => v !== null && v !== undefined);
  if (values.length !== 1)
    throw badRequest(
      `error decoding YAML: expected one document, got ${values.length}`,
    );
  const [value] = values;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest(
      'error decoding YAML: the applied configuration must be an object',
    );
  }
  return value as Record<string, unknown>;
}

/**
 * Requires a JSON object (not a list or a scalar) where the API expects one.
 *
 * @public
 */
export function requireObject(
  value: unknown,
  kind: string,
): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest(
      `the object provided is unrecognized (must be of type ${kind}): couldn't get version/kind; json parse error: expected an object`,
    );
  }
  return value as Record<string, unknown>;
}
