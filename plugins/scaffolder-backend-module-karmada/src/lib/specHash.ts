import { createHash } from 'node:crypto';

// JSON with object keys sorted at every level, so two specs that differ
// only in key order (a template reordered, a form serialised differently)
// hash the same, and any real change hashes differently.
// By code unit, not locale: the order must not depend on the server.
function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareKeys(a, b))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A short content hash of a workload spec (16 hex digits of SHA-256 over
 * its canonical JSON), for checkpoint keys: a retried task finds the
 * checkpoint of the same spec, never the one of a different spec applied
 * under the same workload name.
 */
export function specHash(spec: unknown): string {
  return createHash('sha256')
    .update(canonicalJson(spec))
    .digest('hex')
    .slice(0, 16);
}
