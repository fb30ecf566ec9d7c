import { PRESERVE_UNKNOWN, StructuralSchema } from '../schema/StructuralSchema';

// Terse builders for the hand-written schemas of the core kinds; the CRD
// schemas come from Karmada's manifests instead (karmadaCrdSchemas.json).

/** @internal */
export const str: StructuralSchema = { type: 'string' };
/** @internal */
export const int: StructuralSchema = { type: 'integer' };
/** @internal */
export const bool: StructuralSchema = { type: 'boolean' };
/** @internal */
export const intOrString: StructuralSchema = {
  'x-kubernetes-int-or-string': true,
};
/** @internal */
export const any: StructuralSchema = PRESERVE_UNKNOWN;
/** @internal */
export const stringMap: StructuralSchema = {
  type: 'object',
  additionalProperties: str,
};
/** @internal */
export const quantityMap: StructuralSchema = {
  type: 'object',
  additionalProperties: intOrString,
};

/**
 * An object with declared fields.
 *
 * @internal
 */
export function obj(
  properties: Record<string, StructuralSchema>,
  extra: Partial<StructuralSchema> = {},
): StructuralSchema {
  return { type: 'object', properties, ...extra };
}

/**
 * An atomic list (replaced as a whole by server-side apply).
 *
 * @internal
 */
export function atomicList(items: StructuralSchema): StructuralSchema {
  return { type: 'array', items, 'x-kubernetes-list-type': 'atomic' };
}

/**
 * A list of objects merged by key(s) under server-side apply.
 *
 * @internal
 */
export function mapList(
  keys: string[],
  items: StructuralSchema,
): StructuralSchema {
  return {
    type: 'array',
    items,
    'x-kubernetes-list-type': 'map',
    'x-kubernetes-list-map-keys': keys,
  };
}

/**
 * A list of scalars merged as a set.
 *
 * @internal
 */
export function setList(items: StructuralSchema): StructuralSchema {
  return { type: 'array', items, 'x-kubernetes-list-type': 'set' };
}

/**
 * An object replaced as a whole by server-side apply (e.g. LabelSelector).
 *
 * @internal
 */
export function atomicObj(
  properties: Record<string, StructuralSchema>,
): StructuralSchema {
  return { type: 'object', properties, 'x-kubernetes-map-type': 'atomic' };
}
