import { PRESERVE_UNKNOWN, StructuralSchema } from '../schema/StructuralSchema';
import { FieldPath } from './fieldPath';
import { childSchema, itemToken, valueToken } from './schemaWalk';

/**
 * Where a path leads in an object: the container holding the last step and
 * how to address it there, or undefined when the path does not exist.
 *
 * @public
 */
export interface Located {
  container: Record<string, unknown> | unknown[];
  /** Field name for objects, index for lists. */
  at: string | number;
  value: unknown;
}

function findItem(
  list: unknown[],
  token: string,
  listSchema: StructuralSchema,
): number {
  return list.findIndex(item => {
    try {
      return token.startsWith('v:')
        ? valueToken(item) === token
        : itemToken(item, listSchema) === token;
    } catch {
      return false;
    }
  });
}

/**
 * Follows a field path through an object with its schema.
 *
 * @public
 */
export function locate(
  root: unknown,
  path: FieldPath,
  schema: StructuralSchema,
): Located | undefined {
  let node: unknown = root;
  let nodeSchema = schema;
  let located: Located | undefined;
  for (const token of path) {
    if (token.startsWith('f:')) {
      if (node === null || typeof node !== 'object' || Array.isArray(node))
        return undefined;
      const name = token.slice(2);
      const record = node as Record<string, unknown>;
      if (!(name in record) || record[name] === undefined) return undefined;
      located = { container: record, at: name, value: record[name] };
      node = record[name];
      nodeSchema = childSchema(nodeSchema, name);
    } else if (token.startsWith('k:') || token.startsWith('v:')) {
      if (!Array.isArray(node)) return undefined;
      const index = findItem(node, token, nodeSchema);
      if (index < 0) return undefined;
      located = { container: node, at: index, value: node[index] };
      node = node[index];
      nodeSchema = nodeSchema.items ?? PRESERVE_UNKNOWN;
    } else {
      return undefined;
    }
  }
  return located;
}

/**
 * The value at a path, or undefined.
 *
 * @public
 */
export function valueAt(
  root: unknown,
  path: FieldPath,
  schema: StructuralSchema,
): unknown {
  return locate(root, path, schema)?.value;
}
