// The vocabulary of the typed workload shapes (see workloadSchemas.ts).

/**
 * A Go field type as the unstructured converter sees it.
 *
 * @internal
 */
export type FieldType =
  | 'string'
  | 'int'
  | 'float'
  | 'bool'
  | 'quantity'
  | 'intOrString'
  | 'time'
  | 'object'
  | 'any'
  | { list: FieldType }
  | { map: FieldType }
  | { struct: Record<string, FieldType> };

/** A list of `of`. @internal */
export const list = (of: FieldType): FieldType => ({ list: of });
/** A string-keyed map of `of`. @internal */
export const map = (of: FieldType): FieldType => ({ map: of });
/** A struct with the given fields (others are ignored). @internal */
export const struct = (fields: Record<string, FieldType>): FieldType => ({
  struct: fields,
});
