// The container operations of evanphx/json-patch v5 (`partialDoc` and
// `partialArray` get/set/add/remove, `findObject`), with its quirks:
// negative indices, `add` at index == length appends, "" resolves to the
// document a container was opened from.
import {
  Container,
  JsonPatchFailure,
  LazyNode,
  intoAry,
  intoDoc,
  rawStartsArray,
} from './lazyNode';

/** A missing object member (the only lookup failure a `test` of null tolerates). */
export class MissingFailure extends JsonPatchFailure {}

function decodeKey(segment: string): string {
  return segment.replace(/~[01]/g, m => (m === '~1' ? '/' : '~'));
}

/** Go's `strconv.Atoi`. */
function atoi(key: string): number {
  if (!/^[+-]?\d+$/.test(key))
    throw new JsonPatchFailure(
      `strconv.Atoi: parsing ${JSON.stringify(key)}: invalid syntax`,
    );
  const n = Number(key);
  if (Math.abs(n) > 9223372036854775807) {
    throw new JsonPatchFailure(
      `strconv.Atoi: parsing ${JSON.stringify(key)}: value out of range`,
    );
  }
  return n;
}

function invalidIndex(idx: number): JsonPatchFailure {
  return new JsonPatchFailure(
    `Unable to access invalid index: ${idx}: invalid index referenced`,
  );
}

/** `get`: the slot at `key` (may be a JSON null). */
export function get(con: Container, key: string): LazyNode | null {
  if (key === '') return con.self;
  if (con.kind === 'doc') {
    if (!con.obj) throw new JsonPatchFailure('invalid value, expected object');
    if (!con.obj.has(key))
      throw new MissingFailure(
        `unable to get nonexistent key: ${key}: missing value`,
      );
    return con.obj.get(key) ?? null;
  }
  let idx = atoi(key);
  if (idx < 0) {
    if (idx < -con.nodes.length) throw invalidIndex(idx);
    idx += con.nodes.length;
  }
  if (idx >= con.nodes.length) throw invalidIndex(idx);
  return con.nodes[idx];
}

/** `set` (used by replace and by add on objects): existing keys keep their place, new ones are appended. */
export function set(con: Container, key: string, val: LazyNode | null): void {
  if (con.kind === 'doc') {
    if (!con.obj) throw new JsonPatchFailure('invalid value, expected object');
    if (!con.keys.includes(key)) con.keys.push(key);
    con.obj.set(key, val);
    return;
  }
  let idx = atoi(key);
  if (idx < 0) {
    if (idx < -con.nodes.length) throw invalidIndex(idx);
    idx += con.nodes.length;
  }
  con.nodes[idx] = val;
}

/** `add`: objects set the member; arrays insert (index == length and "-" append). */
export function add(con: Container, key: string, val: LazyNode | null): void {
  if (con.kind === 'doc') {
    set(con, key, val);
    return;
  }
  if (key === '-') {
    con.nodes.push(val);
    return;
  }
  let idx: number;
  try {
    idx = atoi(key);
  } catch (e) {
    throw new JsonPatchFailure(
      `value was not a proper array index: '${key}': ${(e as Error).message}`,
    );
  }
  const size = con.nodes.length + 1;
  if (idx >= size) throw invalidIndex(idx);
  if (idx < 0) {
    if (idx < -size) throw invalidIndex(idx);
    idx += size;
  }
  con.nodes.splice(idx, 0, val);
}

/** `remove`: the member or element must exist. */
export function remove(con: Container, key: string): void {
  if (con.kind === 'doc') {
    if (!con.obj) throw new JsonPatchFailure('invalid value, expected object');
    if (!con.obj.has(key))
      throw new JsonPatchFailure(
        `unable to remove nonexistent key: ${key}: missing value`,
      );
    con.keys.splice(con.keys.indexOf(key), 1);
    con.obj.delete(key);
    return;
  }
  let idx = atoi(key);
  if (idx >= con.nodes.length) throw invalidIndex(idx);
  if (idx < 0) {
    if (idx < -con.nodes.length) throw invalidIndex(idx);
    idx += con.nodes.length;
  }
  con.nodes.splice(idx, 1);
}

/** `findObject`: the parent container and last key, or null when the parent is missing. */
export function findObject(
  root: Container,
  path: string,
): { con: Container; key: string } | null {
  const split = path.split('/');
  if (split.length < 2) return path === '' ? { con: root, key: '' } : null;
  let doc = root;
  for (const part of split.slice(1, -1)) {
    let next: LazyNode | null;
    try {
      next = get(doc, decodeKey(part));
    } catch {
      return null;
    }
    if (!next) return null;
    try {
      doc = rawStartsArray(next.raw) ? intoAry(next) : intoDoc(next);
    } catch {
      return null;
    }
  }
  return { con: doc, key: decodeKey(split[split.length - 1]) };
}
