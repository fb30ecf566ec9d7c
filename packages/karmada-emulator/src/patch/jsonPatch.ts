/**
 * One RFC 6902 operation.
 *
 * @public
 */
export interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test' | string;
  path: string;
  from?: string;
  value?: unknown;
}

type Container = Record<string, unknown> | unknown[];

function decodePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/'))
    throw new Error(`invalid JSON pointer: ${JSON.stringify(pointer)}`);
  return pointer
    .slice(1)
    .split('/')
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(
  doc: unknown,
  tokens: string[],
  path: string,
): { parent: Container; key: string } {
  let node: unknown = doc;
  for (const token of tokens.slice(0, -1)) {
    if (Array.isArray(node)) node = node[Number(token)];
    else if (node !== null && typeof node === 'object')
      node = (node as Record<string, unknown>)[token];
    else node = undefined;
    if (node === undefined)
      throw new Error(`doc is missing path: "${path}": missing value`);
  }
  if (node === null || typeof node !== 'object')
    throw new Error(`doc is missing path: "${path}": missing value`);
  return { parent: node as Container, key: tokens[tokens.length - 1] };
}

function arrayIndex(
  list: unknown[],
  key: string,
  path: string,
  forInsert: boolean,
): number {
  if (forInsert && key === '-') return list.length;
  if (!/^(0|[1-9]\d*)$/.test(key))
    throw new Error(`Unable to access invalid index: ${key} in "${path}"`);
  const index = Number(key);
  const max = forInsert ? list.length : list.length - 1;
  if (index > max)
    throw new Error(`Unable to access invalid index: ${index} in "${path}"`);
  return index;
}

function read(doc: unknown, path: string): unknown {
  let node = doc;
  for (const token of decodePointer(path)) {
    if (Array.isArray(node)) node = node[Number(token)];
    else if (node !== null && typeof node === 'object')
      node = (node as Record<string, unknown>)[token];
    else node = undefined;
    if (node === undefined)
      throw new Error(`doc is missing path: "${path}": missing value`);
  }
  return node;
}

function remove(doc: unknown, path: string): unknown {
  const { parent, key } = parentOf(doc, decodePointer(path), path);
  if (Array.isArray(parent))
    return parent.splice(arrayIndex(parent, key, path, false), 1)[0];
  if (!(key in parent))
    throw new Error(`doc is missing path: "${path}": missing value`);
  const old = parent[key];
  delete parent[key];
  return old;
}

function add(doc: unknown, path: string, value: unknown): unknown {
  const tokens = decodePointer(path);
  if (tokens.length === 0) return structuredClone(value);
  const { parent, key } = parentOf(doc, tokens, path);
  if (Array.isArray(parent))
    parent.splice(
      arrayIndex(parent, key, path, true),
      0,
      structuredClone(value),
    );
  else parent[key] = structuredClone(value);
  return doc;
}

/**
 * Applies a JSON patch (RFC 6902) to a copy of `doc`; throws with the
 * reason when an operation fails (the server answers 422/400 then).
 *
 * @public
 */
export function applyJsonPatch(
  doc: unknown,
  operations: JsonPatchOperation[],
): unknown {
  let result = structuredClone(doc);
  for (const op of operations) {
    switch (op.op) {
      case 'add':
        result = add(result, op.path, op.value);
        break;
      case 'remove':
        remove(result, op.path);
        break;
      case 'replace':
        read(result, op.path);
        if (op.path === '') result = structuredClone(op.value);
        else {
          remove(result, op.path);
          result = add(result, op.path, op.value);
        }
        break;
      case 'move': {
        const value = remove(result, op.from ?? '');
        result = add(result, op.path, value);
        break;
      }
      case 'copy':
        result = add(result, op.path, read(result, op.from ?? ''));
        break;
      case 'test':
        if (
          JSON.stringify(read(result, op.path)) !== JSON.stringify(op.value)
        ) {
          throw new Error(`testing value ${op.path} failed: test failed`);
        }
        break;
      default:
        throw new Error(`Unexpected kind: ${op.op}`);
    }
  }
  return result;
}
