import { StructuralSchema } from '../schema/StructuralSchema';
import {
  any,
  atomicObj,
  bool,
  int,
  mapList,
  obj,
  setList,
  str,
  stringMap,
} from './schemaBuilders';

/**
 * `metav1.LabelSelector`, atomic under server-side apply.
 *
 * @public
 */
export const LABEL_SELECTOR_SCHEMA: StructuralSchema = atomicObj({
  matchLabels: stringMap,
  matchExpressions: {
    type: 'array',
    items: obj(
      { key: str, operator: str, values: { type: 'array', items: str } },
      { required: ['key', 'operator'] },
    ),
  },
});

/**
 * `metav1.ObjectMeta`: what the server keeps of `metadata` (anything else is
 * an unknown field), and its list semantics for server-side apply.
 *
 * @public
 */
export const OBJECT_META_SCHEMA: StructuralSchema = obj({
  name: str,
  generateName: str,
  namespace: str,
  selfLink: str,
  uid: str,
  resourceVersion: str,
  generation: int,
  creationTimestamp: { type: 'string', nullable: true },
  deletionTimestamp: { type: 'string', nullable: true },
  deletionGracePeriodSeconds: int,
  labels: stringMap,
  annotations: stringMap,
  ownerReferences: mapList(
    ['uid'],
    obj(
      {
        apiVersion: str,
        kind: str,
        name: str,
        uid: str,
        controller: bool,
        blockOwnerDeletion: bool,
      },
      { required: ['apiVersion', 'kind', 'name', 'uid'] },
    ),
  ),
  finalizers: setList(str),
  managedFields: { type: 'array', items: any },
});

/**
 * The top of every object: apiVersion, kind and metadata.
 *
 * @public
 */
export function objectSchema(
  fields: Record<string, StructuralSchema>,
): StructuralSchema {
  return obj({
    apiVersion: str,
    kind: str,
    metadata: OBJECT_META_SCHEMA,
    ...fields,
  });
}
