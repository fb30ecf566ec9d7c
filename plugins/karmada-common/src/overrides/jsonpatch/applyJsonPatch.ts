// RFC 6902 with the exact behaviour of evanphx/json-patch v5 (default
// options), as Karmada uses it for every overrider (SEMANTICS.md §4.1):
// `add` replaces an existing member, negative indices count from the end,
// a path without a leading "/" skips its first segment, the parent must exist.
import { jsonEqual } from '../objects';
import {
  GoJsonStyle,
  JSON_PATCH_JSON,
  STD_JSON,
  goMarshal,
} from '../json/goJson';
import {
  Container,
  JsonPatchFailure,
  LazyNode,
  Raw,
  openDocument,
  parseAry,
  parseDoc,
  rawStartsArray,
  toText,
  toValue,
} from './lazyNode';
import {
  MissingFailure,
  add,
  findObject,
  get,
  remove,
  set,
} from './containerOps';

export { JsonPatchFailure } from './lazyNode';

/**
 * One JSON-patch operation as Karmada marshals it: `value` is always sent,
 * `undefined` meaning JSON `null`.
 *
 * @internal
 */
export interface PatchOperation {
  op: string;
  path: string;
  value?: unknown;
}

const SUPPORTED = new Set(['add', 'remove', 'replace', 'test']);

/** `DecodePatch`: Karmada's operations carry no `from`, so move/copy cannot be decoded either. */
function validate(ops: PatchOperation[]): void {
  for (const op of ops) {
    if (!SUPPORTED.has(op.op)) {
      const why =
        op.op === 'move' || op.op === 'copy'
          ? "failed to decode 'from'"
          : 'unsupported operation';
      throw new JsonPatchFailure(
        `invalid operation {"op":${JSON.stringify(
          op.op,
        )},"path":${JSON.stringify(op.path)}}: ${why}`,
      );
    }
  }
}

/** The document root; `null` after `replace ""` with JSON null (it then marshals as `null`). */
interface Root {
  doc: Container | null;
}

function applyOne(root: Root, op: PatchOperation, value: Raw): void {
  const doc = root.doc;
  if (!doc) throw new JsonPatchFailure('invalid state detected');
  const path = op.path;
  if (op.op === 'add' && path === '') {
    const node = new LazyNode(value);
    root.doc = rawStartsArray(value)
      ? parseAry(value, node)
      : parseDoc(value, node);
    return;
  }
  if (op.op === 'replace' && path === '') {
    root.doc = replaceWhole(value);
    return;
  }
  const found = findObject(doc, path);
  if (op.op === 'add') {
    if (!found)
      throw new JsonPatchFailure(
        `add operation does not apply: doc is missing path: "${path}": missing value`,
      );
    wrap(`error in add for path: '${path}'`, () =>
      add(found.con, found.key, new LazyNode(value)),
    );
  } else if (op.op === 'remove') {
    if (!found)
      throw new JsonPatchFailure(
        `remove operation does not apply: doc is missing path: "${path}": missing value`,
      );
    wrap(`error in remove for path: '${path}'`, () =>
      remove(found.con, found.key),
    );
  } else if (op.op === 'replace') {
    if (!found)
      throw new JsonPatchFailure(
        `replace operation does not apply: doc is missing path: ${path}: missing value`,
      );
    try {
      get(found.con, found.key);
    } catch {
      throw new JsonPatchFailure(
        `replace operation does not apply: doc is missing key: ${path}: missing value`,
      );
    }
    wrap(`error in remove for path: '${path}'`, () =>
      set(found.con, found.key, new LazyNode(value)),
    );
  } else {
    test(doc, found, path, value);
  }
}

function replaceWhole(value: Raw): Container | null {
  const isNull =
    'value' in value ? value.value === null : value.text === 'null';
  if (isNull) return null;
  if (rawStartsArray(value)) return parseAry(value, null);
  try {
    return parseDoc(value, null);
  } catch {
    throw new JsonPatchFailure(
      'replace operation value must be object or array',
    );
  }
}

function test(
  doc: Container,
  found: { con: Container; key: string } | null,
  path: string,
  value: Raw,
): void {
  const expected = toValue(new LazyNode(value));
  if (path === '') {
    if (!jsonEqual(toValue(doc), expected))
      throw new JsonPatchFailure(`testing value ${path} failed: test failed`);
    return;
  }
  if (!found)
    throw new JsonPatchFailure(
      `test operation does not apply: is missing path: ${path}: missing value`,
    );
  let actual: LazyNode | null = null;
  try {
    actual = get(found.con, found.key);
  } catch (e) {
    if (!(e instanceof MissingFailure))
      throw new JsonPatchFailure(
        `error in test for path: '${path}': ${(e as Error).message}`,
      );
  }
  const ok =
    actual === null
      ? expected === null
      : expected !== null && jsonEqual(toValue(actual), expected);
  if (!ok)
    throw new JsonPatchFailure(`testing value ${path} failed: test failed`);
}

function wrap(prefix: string, fn: () => void): void {
  try {
    fn();
  } catch (e) {
    throw new JsonPatchFailure(`${prefix}: ${(e as Error).message}`);
  }
}

function run(
  raw: Raw,
  ops: PatchOperation[],
  valueOf: (v: unknown) => Raw,
): Root {
  validate(ops);
  const root: Root = { doc: openDocument(raw) };
  for (const op of ops) applyOne(root, op, valueOf(op.value ?? null));
  return root;
}

/**
 * Applies a patch to JSON text and returns the new text, byte for byte as
 * json-patch writes it. An empty document is returned unchanged.
 *
 * @internal
 */
export function patchJsonText(
  text: string,
  ops: PatchOperation[],
  valueStyle: GoJsonStyle = STD_JSON,
): string {
  // The patch is decoded (and validated) before the document is looked at.
  validate(ops);
  if (text.length === 0) return text;
  const root = run({ text }, ops, v => ({ text: goMarshal(v, valueStyle) }));
  return root.doc ? toText(root.doc, JSON_PATCH_JSON) : 'null';
}

/**
 * Applies a patch to a decoded document (a resource) and returns the decoded
 * result. The input is not modified.
 *
 * @internal
 */
export function patchJsonValue(doc: unknown, ops: PatchOperation[]): unknown {
  const root = run({ value: doc }, ops, v => ({ value: v }));
  return root.doc ? toValue(root.doc) : null;
}
