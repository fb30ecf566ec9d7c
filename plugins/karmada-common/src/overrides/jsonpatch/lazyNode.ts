// The document model of evanphx/json-patch v5: a value stays raw (its exact
// JSON text, or here alternatively an already-decoded value) until a patch
// path walks through it; only then is it opened into an ordered object
// (`PartialDoc`) or an array (`PartialArray`). What was never opened is
// written back exactly as it came in, which is what makes the output of an
// embedded-JSON fieldOverrider byte-exact.
import {
  arrayElements,
  compactJson,
  isValidJson,
  objectMembers,
  skipWhitespace,
} from '../json/jsonText';
import { GoJsonStyle, goMarshal, goQuote } from '../json/goJson';
import { isRecord, setOwn } from '../objects';

/**
 * A JSON value as JSON.parse returns it.
 *
 * @internal
 */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };

/** A raw value: exact JSON text, or a decoded value (for the resource itself). */
export type Raw = { text: string } | { value: unknown };

/** A failure inside the patch library, with its message. */
export class JsonPatchFailure extends Error {}

/** A value of the document; `null` in a container slot is a JSON `null` the decoder stored as nil. */
export class LazyNode {
  doc?: PartialDoc;
  ary?: PartialArray;
  which: 'raw' | 'doc' | 'ary' = 'raw';
  constructor(readonly raw: Raw) {}
}

/** An opened object: member order as written, later members appended. */
export interface PartialDoc {
  kind: 'doc';
  /** The node the document was opened from; the empty key `""` resolves to it. */
  self: LazyNode | null;
  keys: string[];
  /** null when the document was JSON `null`: every operation on it fails. */
  obj: Map<string, LazyNode | null> | null;
}

/** An opened array. */
export interface PartialArray {
  kind: 'ary';
  self: LazyNode | null;
  nodes: Array<LazyNode | null>;
}

/** A document root or an opened value. */
export type Container = PartialDoc | PartialArray;

function slotFromText(text: string): LazyNode | null {
  return text === 'null' ? null : new LazyNode({ text });
}

function slotFromValue(value: unknown): LazyNode | null {
  return value === null || value === undefined ? null : new LazyNode({ value });
}

/** The first character of a raw value after whitespace (json-patch `isArray` skips space, tab and newline only). */
export function rawStartsArray(raw: Raw): boolean {
  if ('value' in raw) return Array.isArray(raw.value);
  for (const c of raw.text) {
    if (c === '[') return true;
    if (c !== ' ' && c !== '\n' && c !== '\t') return false;
  }
  return false;
}

function rawStartsObject(raw: Raw): boolean {
  if ('value' in raw) return isRecord(raw.value);
  return raw.text[skipAnySpace(raw.text)] === '{';
}

function skipAnySpace(text: string): number {
  let i = 0;
  while (i < text.length && /[\t\n\v\f\r \u0085\u00a0]/.test(text[i])) i++;
  return i;
}

/** Decodes raw JSON into an ordered object, as `partialDoc.UnmarshalJSON` does. */
export function parseDoc(raw: Raw, self: LazyNode | null): PartialDoc {
  if ('value' in raw) {
    if (raw.value === null) return { kind: 'doc', self, keys: [], obj: null };
    if (!isRecord(raw.value))
      throw new JsonPatchFailure('json: cannot unmarshal into a JSON object');
    const obj = new Map<string, LazyNode | null>();
    for (const [k, v] of Object.entries(raw.value))
      obj.set(k, slotFromValue(v));
    return { kind: 'doc', self, keys: Object.keys(raw.value), obj };
  }
  const start = skipWhitespace(raw.text, 0);
  if (raw.text.startsWith('null', start))
    return { kind: 'doc', self, keys: [], obj: null };
  if (raw.text[start] !== '{')
    throw new JsonPatchFailure('json: cannot unmarshal into a JSON object');
  const keys: string[] = [];
  const obj = new Map<string, LazyNode | null>();
  for (const [k, v] of objectMembers(raw.text)) {
    keys.push(k);
    obj.set(k, slotFromText(v));
  }
  return { kind: 'doc', self, keys, obj };
}

/** Decodes raw JSON into an array, as `partialArray.UnmarshalJSON` does. */
export function parseAry(raw: Raw, self: LazyNode | null): PartialArray {
  if ('value' in raw) {
    if (!Array.isArray(raw.value))
      throw new JsonPatchFailure('json: cannot unmarshal into a JSON array');
    return { kind: 'ary', self, nodes: raw.value.map(slotFromValue) };
  }
  if (raw.text[skipWhitespace(raw.text, 0)] !== '[')
    throw new JsonPatchFailure('json: cannot unmarshal into a JSON array');
  return {
    kind: 'ary',
    self,
    nodes: arrayElements(raw.text).map(slotFromText),
  };
}

/** `lazyNode.intoDoc`: opens a raw object (anything else is "invalid state detected"). */
export function intoDoc(node: LazyNode): PartialDoc {
  if (node.which === 'doc' && node.doc) return node.doc;
  if (!rawStartsObject(node.raw))
    throw new JsonPatchFailure('invalid state detected');
  node.doc = parseDoc(node.raw, null);
  node.which = 'doc';
  return node.doc;
}

/** `lazyNode.intoAry`: opens a raw array. */
export function intoAry(node: LazyNode): PartialArray {
  if (node.which === 'ary' && node.ary) return node.ary;
  node.ary = parseAry(node.raw, null);
  node.which = 'ary';
  return node.ary;
}

/** Opens a whole document as `ApplyIndentWithOptions` does (the first character decides array vs object). */
export function openDocument(raw: Raw): Container {
  if ('text' in raw && !isValidJson(raw.text))
    throw new JsonPatchFailure('invalid state detected');
  const self = new LazyNode(raw);
  const startsArray =
    'value' in raw ? Array.isArray(raw.value) : raw.text[0] === '[';
  return startsArray ? parseAry(raw, self) : parseDoc(raw, self);
}

/** Writes a container or slot as JSON text, the way the library marshals it. */
export function toText(
  item: Container | LazyNode | null,
  style: GoJsonStyle,
): string {
  if (item === null) return 'null';
  if (item instanceof LazyNode) {
    if (item.which === 'doc' && item.doc) return toText(item.doc, style);
    if (item.which === 'ary' && item.ary) return toText(item.ary, style);
    return 'text' in item.raw
      ? compactJson(item.raw.text)
      : goMarshal(item.raw.value, style);
  }
  if (item.kind === 'ary')
    return `[${item.nodes.map(n => toText(n, style)).join(',')}]`;
  const obj = item.obj;
  if (!obj) throw new JsonPatchFailure('invalid value, expected object');
  return `{${item.keys
    .map(k => `${goQuote(k, style)}:${toText(obj.get(k) ?? null, style)}`)
    .join(',')}}`;
}

/** Decodes a container or slot into a plain value (what the resource decoder would see). */
export function toValue(item: Container | LazyNode | null): unknown {
  if (item === null) return null;
  if (item instanceof LazyNode) {
    if (item.which === 'doc' && item.doc) return toValue(item.doc);
    if (item.which === 'ary' && item.ary) return toValue(item.ary);
    return 'text' in item.raw ? decodeText(item.raw.text) : item.raw.value;
  }
  if (item.kind === 'ary') return item.nodes.map(toValue);
  const obj = item.obj;
  if (!obj) throw new JsonPatchFailure('invalid value, expected object');
  const out: Record<string, unknown> = {};
  for (const k of item.keys) setOwn(out, k, toValue(obj.get(k) ?? null));
  return out;
}

function decodeText(text: string): unknown {
  return JSON.parse(text);
}
