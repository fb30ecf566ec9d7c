// go-openapi/jsonpointer as Karmada's fieldOverrider uses it on an
// unstructured object: RFC 6901 with `~1`/`~0` decoding, strict lookups.

/**
 * A pointer that cannot be resolved.
 *
 * @internal
 */
export class JsonPointerError extends Error {}

function unescapeToken(token: string): string {
  return token.replace(/~[01]/g, m => (m === '~1' ? '/' : '~'));
}

/**
 * The decoded tokens of a pointer; `""` is the whole document.
 *
 * @internal
 */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/'))
    throw new JsonPointerError(
      'JSON pointer must be empty or start with a "/"',
    );
  return pointer.split('/').slice(1).map(unescapeToken);
}

function step(node: unknown, token: string): unknown {
  if (node === null || node === undefined)
    throw new JsonPointerError(`nil value has no field "${token}"`);
  if (Array.isArray(node)) {
    if (token === '-')
      throw new JsonPointerError('cannot resolve "-" token on get');
    if (!/^[+-]?\d+$/.test(token))
      throw new JsonPointerError(
        `strconv.Atoi: parsing "${token}": invalid syntax`,
      );
    const index = Number(token);
    if (index < 0 || index >= node.length) {
      throw new JsonPointerError(
        `index out of bounds array[0,${node.length - 1}] index '${index}'`,
      );
    }
    return node[index];
  }
  if (typeof node === 'object') {
    if (!Object.prototype.hasOwnProperty.call(node, token))
      throw new JsonPointerError(`object has no key "${token}"`);
    return (node as Record<string, unknown>)[token];
  }
  throw new JsonPointerError(`invalid token reference "${token}"`);
}

/**
 * `Pointer.Get`: the value at the pointer and whether it is a string (the
 * whole document, `""`, never counts as one).
 *
 * @internal
 */
export function getByPointer(
  document: unknown,
  tokens: string[],
): { value: unknown; isString: boolean } {
  let node = document;
  for (const token of tokens) node = step(node, token);
  return {
    value: node,
    isString: tokens.length > 0 && typeof node === 'string',
  };
}

/**
 * A copy of `document` with the existing value at `tokens` replaced.
 *
 * @internal
 */
export function setByPointer(
  document: unknown,
  tokens: string[],
  value: unknown,
): unknown {
  if (tokens.length === 0) return value;
  const [head, ...rest] = tokens;
  if (Array.isArray(document)) {
    const copy = [...document];
    const index = Number(head);
    copy[index] = setByPointer(document[index], rest, value);
    return copy;
  }
  const record = document as Record<string, unknown>;
  const copy: Record<string, unknown> = { ...record };
  Object.defineProperty(copy, head, {
    value: setByPointer(record[head], rest, value),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}
