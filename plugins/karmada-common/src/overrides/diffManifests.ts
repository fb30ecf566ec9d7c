// A structural diff of two manifests, readable in a UI. Lists of named
// objects (containers, ports, env vars, volumes…) are matched by `name`, so
// a change inside container "nginx" is reported there even when containers
// were added before it; lists of plain values (command, args) change as a
// whole; other lists are compared index by index.
import { cloneJson, hasOwn, isRecord, jsonEqual } from './objects';
import { ManifestChange } from './types';

/**
 * One step of a change's path: an object key, or a list element with its
 * index on each side (and its name when matched by name).
 *
 * @internal
 */
export type PathSegment =
  | { key: string }
  | { beforeIndex: number; afterIndex: number; name?: string };

/**
 * A change with its structured path.
 *
 * @internal
 */
export interface SegmentedChange {
  segments: PathSegment[];
  op: 'add' | 'remove' | 'replace';
  before?: unknown;
  after?: unknown;
}

function isPrimitive(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/** The names of a list when every element is an object with a distinct, non-empty string `name`. */
function namesOf(list: unknown[]): string[] | undefined {
  const names = list.map(item =>
    isRecord(item) && typeof item.name === 'string' && item.name
      ? item.name
      : undefined,
  );
  if (names.some(n => n === undefined)) return undefined;
  const defined = names as string[];
  return new Set(defined).size === defined.length ? defined : undefined;
}

function diffLists(
  before: unknown[],
  after: unknown[],
  path: PathSegment[],
  out: SegmentedChange[],
): void {
  if ([...before, ...after].every(isPrimitive)) {
    if (!jsonEqual(before, after))
      out.push({ segments: path, op: 'replace', before, after });
    return;
  }
  const beforeNames = namesOf(before);
  const afterNames = namesOf(after);
  if (beforeNames && afterNames) {
    const common = beforeNames.filter(n => afterNames.includes(n));
    const afterCommon = afterNames.filter(n => beforeNames.includes(n));
    const sameOrder = common.every((n, i) => afterCommon[i] === n);
    if (sameOrder) {
      beforeNames.forEach((name, beforeIndex) => {
        const afterIndex = afterNames.indexOf(name);
        if (afterIndex === -1) {
          out.push({
            segments: [...path, { beforeIndex, afterIndex: -1, name }],
            op: 'remove',
            before: before[beforeIndex],
          });
        } else {
          diffInto(
            before[beforeIndex],
            after[afterIndex],
            [...path, { beforeIndex, afterIndex, name }],
            out,
          );
        }
      });
      afterNames.forEach((name, afterIndex) => {
        if (!beforeNames.includes(name)) {
          out.push({
            segments: [...path, { beforeIndex: -1, afterIndex, name }],
            op: 'add',
            after: after[afterIndex],
          });
        }
      });
      return;
    }
  }
  const shared = Math.min(before.length, after.length);
  for (let i = 0; i < shared; i++)
    diffInto(
      before[i],
      after[i],
      [...path, { beforeIndex: i, afterIndex: i }],
      out,
    );
  for (let i = shared; i < after.length; i++) {
    out.push({
      segments: [...path, { beforeIndex: -1, afterIndex: i }],
      op: 'add',
      after: after[i],
    });
  }
  for (let i = shared; i < before.length; i++) {
    out.push({
      segments: [...path, { beforeIndex: i, afterIndex: -1 }],
      op: 'remove',
      before: before[i],
    });
  }
}

function diffInto(
  before: unknown,
  after: unknown,
  path: PathSegment[],
  out: SegmentedChange[],
): void {
  if (isRecord(before) && isRecord(after)) {
    for (const key of Object.keys(before)) {
      const segments = [...path, { key }];
      if (!hasOwn(after, key))
        out.push({ segments, op: 'remove', before: before[key] });
      else diffInto(before[key], after[key], segments, out);
    }
    for (const key of Object.keys(after)) {
      if (!hasOwn(before, key))
        out.push({
          segments: [...path, { key }],
          op: 'add',
          after: after[key],
        });
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    diffLists(before, after, path, out);
    return;
  }
  if (!jsonEqual(before, after))
    out.push({ segments: path, op: 'replace', before, after });
}

/**
 * The changes between two values with structured paths.
 *
 * @internal
 */
export function diffSegments(
  before: unknown,
  after: unknown,
): SegmentedChange[] {
  const out: SegmentedChange[] = [];
  diffInto(before, after, [], out);
  return out;
}

function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The JSON pointer of a change: indexes of the new manifest for add and
 * replace, of the old one for remove.
 *
 * @internal
 */
export function toPointer(
  segments: PathSegment[],
  op: SegmentedChange['op'],
): string {
  return segments
    .map(
      s =>
        `/${
          'key' in s
            ? escapePointer(s.key)
            : String(op === 'remove' ? s.beforeIndex : s.afterIndex)
        }`,
    )
    .join('');
}

/**
 * A readable path: `spec.template.spec.containers[nginx].image`,
 * `metadata.annotations["example.com/team"]`.
 *
 * @internal
 */
export function toDisplayPath(
  segments: PathSegment[],
  op: SegmentedChange['op'],
): string {
  let out = '';
  for (const s of segments) {
    if ('key' in s)
      out += /^[A-Za-z_$][\w$-]*$/.test(s.key)
        ? `${out ? '.' : ''}${s.key}`
        : `[${JSON.stringify(s.key)}]`;
    else
      out += `[${s.name ?? (op === 'remove' ? s.beforeIndex : s.afterIndex)}]`;
  }
  return out;
}

/**
 * The structural differences between two manifests (or any JSON values),
 * as JSON-pointer changes. Object members are compared by key; lists whose
 * elements are all objects with distinct names are matched by `name`
 * (containers, env vars, ports, volumes), lists of plain values are
 * replaced as a whole, other lists are compared by index.
 *
 * @public
 */
export function diffManifests(
  before: unknown,
  after: unknown,
): ManifestChange[] {
  return diffSegments(before, after).map(change => {
    const out: ManifestChange = {
      path: toPointer(change.segments, change.op),
      op: change.op,
      displayPath: toDisplayPath(change.segments, change.op),
    };
    if (change.op !== 'add') out.before = cloneJson(change.before);
    if (change.op !== 'remove') out.after = cloneJson(change.after);
    return out;
  });
}
