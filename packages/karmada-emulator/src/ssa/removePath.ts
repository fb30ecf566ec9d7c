import { StructuralSchema } from '../schema/StructuralSchema';
import { decodePath, encodePath, FieldPath } from './fieldPath';
import { locate } from './navigate';

function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return (
    value !== null &&
    typeof value === 'object' &&
    Object.keys(value).length === 0
  );
}

function removeAt(
  root: unknown,
  path: FieldPath,
  schema: StructuralSchema,
): boolean {
  const found = locate(root, path, schema);
  if (!found) return false;
  if (Array.isArray(found.container))
    found.container.splice(found.at as number, 1);
  else delete found.container[found.at as string];
  return true;
}

/**
 * Removes the fields at the given encoded paths from an object (in place),
 * deepest first, then drops parents left empty unless someone owns them.
 *
 * @public
 */
export function removePaths(
  root: Record<string, unknown>,
  paths: string[],
  schema: StructuralSchema,
  owned: (encoded: string) => boolean,
): void {
  const decoded = paths.map(decodePath).sort((a, b) => b.length - a.length);
  for (const path of decoded) {
    if (!removeAt(root, path, schema)) continue;
    for (let depth = path.length - 1; depth > 0; depth -= 1) {
      const parent = path.slice(0, depth);
      const value = locate(root, parent, schema)?.value;
      if (!isEmpty(value) || owned(encodePath(parent))) break;
      removeAt(root, parent, schema);
    }
  }
}
