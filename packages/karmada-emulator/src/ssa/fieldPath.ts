// Field paths as server-side apply tracks them. A path is a list of
// FieldsV1 tokens: `f:<field>`, `k:<json key object>` (an item of a list
// keyed by fields), `v:<json value>` (an item of a set), `i:<index>`.
// Paths are kept joined by a separator so that sets of them are plain Sets.

const SEPARATOR = '\n';

/**
 * A field path as FieldsV1 tokens.
 *
 * @public
 */
export type FieldPath = string[];

/**
 * Encodes a path for use as a Set member.
 *
 * @public
 */
export function encodePath(path: FieldPath): string {
  return path.join(SEPARATOR);
}

/**
 * Decodes a Set member back to tokens.
 *
 * @public
 */
export function decodePath(encoded: string): FieldPath {
  return encoded === '' ? [] : encoded.split(SEPARATOR);
}

/**
 * The FieldsV1 token of a keyed list item: Go encodes the key object with
 * sorted keys.
 *
 * @public
 */
export function keyToken(key: Record<string, unknown>): string {
  const sorted = Object.fromEntries(
    Object.keys(key)
      .sort()
      .map(k => [k, key[k]]),
  );
  return `k:${JSON.stringify(sorted)}`;
}

/**
 * Renders a path as the API server prints it in conflict messages
 * (structured-merge-diff's `Path.String()`): `.spec.replicas`,
 * `.spec.template.spec.containers[name="web"].image`.
 *
 * @public
 */
export function formatPath(path: FieldPath): string {
  return path
    .map(token => {
      const body = token.slice(2);
      switch (token.slice(0, 2)) {
        case 'f:':
          return `.${body}`;
        case 'k:': {
          const key = JSON.parse(body) as Record<string, unknown>;
          const parts = Object.keys(key)
            .sort()
            .map(k => `${k}=${JSON.stringify(key[k])}`);
          return `[${parts.join(',')}]`;
        }
        case 'v:':
          return `[=${body}]`;
        case 'i:':
          return `[${body}]`;
        default:
          return token;
      }
    })
    .join('');
}
