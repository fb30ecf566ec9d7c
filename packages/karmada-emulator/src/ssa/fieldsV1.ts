import { decodePath, encodePath, FieldPath } from './fieldPath';

/**
 * A FieldsV1 tree: `{"f:spec": {"f:replicas": {}}}`; `"."` marks a node
 * that is itself owned and also has owned children.
 *
 * @public
 */
export type FieldsV1 = { [token: string]: FieldsV1 };

/**
 * Builds the FieldsV1 tree of a set of encoded paths.
 *
 * @public
 */
export function toFieldsV1(paths: Iterable<string>): FieldsV1 {
  const root: FieldsV1 = {};
  const members: FieldPath[] = [...paths].map(decodePath);
  for (const path of members) {
    let node = root;
    for (const token of path) {
      node[token] ??= {};
      node = node[token];
    }
  }
  // A member that also has children is marked with ".".
  for (const path of members) {
    let node = root;
    for (const token of path) node = node[token];
    if (Object.keys(node).some(k => k !== '.') && path.length > 0)
      node['.'] = {};
  }
  return root;
}

// Stored trees are frozen and outlive many writes; their path sets are kept.
const decoded = new WeakMap<FieldsV1, ReadonlySet<string>>();

function decode(tree: FieldsV1 | undefined): Set<string> {
  const out = new Set<string>();
  const walk = (node: FieldsV1, prefix: FieldPath) => {
    const keys = Object.keys(node);
    if (keys.length === 0) {
      if (prefix.length) out.add(encodePath(prefix));
      return;
    }
    for (const key of keys) {
      if (key === '.') out.add(encodePath(prefix));
      else walk(node[key] ?? {}, [...prefix, key]);
    }
  };
  walk(tree ?? {}, []);
  return out;
}

/**
 * The set of encoded paths a FieldsV1 tree holds, read-only (remembered
 * for frozen trees).
 *
 * @public
 */
export function fieldsOf(tree: FieldsV1 | undefined): ReadonlySet<string> {
  if (!tree || !Object.isFrozen(tree)) return decode(tree);
  let fields = decoded.get(tree);
  if (!fields) {
    fields = decode(tree);
    decoded.set(tree, fields);
  }
  return fields;
}

/**
 * The set of encoded paths a FieldsV1 tree holds (a new set the caller may change).
 *
 * @public
 */
export function fromFieldsV1(tree: FieldsV1 | undefined): Set<string> {
  return new Set(fieldsOf(tree));
}
