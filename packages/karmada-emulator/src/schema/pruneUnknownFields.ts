import { childPath } from '../api/fieldErrors';
import { StructuralSchema } from './StructuralSchema';

function pruneNode(
  value: unknown,
  schema: StructuralSchema,
  path: string,
  pruned: string[],
): void {
  if (Array.isArray(value)) {
    const items = schema.items;
    if (items)
      value.forEach((item, i) =>
        pruneNode(item, items, childPath(path, i), pruned),
      );
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const preserve = schema['x-kubernetes-preserve-unknown-fields'] === true;
  for (const name of Object.keys(record)) {
    const declared = schema.properties?.[name];
    const additional =
      typeof schema.additionalProperties === 'object'
        ? schema.additionalProperties
        : undefined;
    const sub = declared ?? additional;
    if (!sub) {
      if (!preserve && schema.additionalProperties !== true) {
        pruned.push(childPath(path, name));
        delete record[name];
      }
      continue;
    }
    // The decoder turns null into "absent" for fields that are not nullable.
    if (record[name] === null && !sub.nullable) {
      delete record[name];
      continue;
    }
    pruneNode(record[name], sub, childPath(path, name), pruned);
  }
}

/**
 * Drops the fields a structural schema does not declare (in place), as the
 * API server's decoder and CRD pruning do, and returns their paths, e.g.
 * `spec.replicaz` or `spec.template.spec.containers[0].imagePullPolicyy`;
 * the caller decides whether that is an error (`fieldValidation=Strict`), a
 * warning (`Warn`) or nothing (`Ignore`).
 *
 * @public
 */
export function pruneUnknownFields(
  value: unknown,
  schema: StructuralSchema,
  path = '',
): string[] {
  const pruned: string[] = [];
  pruneNode(value, schema, path, pruned);
  return pruned;
}
