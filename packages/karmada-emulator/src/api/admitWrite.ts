import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { validateSchema } from '../schema/validateSchema';
import { validateObjectMeta } from '../validation/validateObjectMeta';
import { isCustomResource } from './decodeObject';
import { FieldError } from './fieldErrors';
import { ResourceType } from './ResourceType';
import { invalid, webhookDenied } from './statusErrors';
import {
  prepareForCreate,
  prepareForUpdate,
  updateGeneration,
} from './systemMetadata';

/**
 * The stages of a write after decoding: the registry's PrepareFor*
 * (system metadata, status), server defaults, mutating admission
 * (Karmada's webhooks), the generation, validation (422 Invalid) and
 * validating admission (403).
 * Changes `object` in place; throws the failure.
 *
 * @public
 */
export function admitWrite(
  type: ResourceType,
  object: KubernetesObject,
  old: KubernetesObject | undefined,
  now: Date,
  internal: boolean,
): void {
  const { strategy } = type;
  if (old) prepareForUpdate(type, object, old);
  else prepareForCreate(type, object, now, internal);
  strategy.defaults?.(object);
  strategy.mutate?.(object, old);
  if (old) updateGeneration(type, object, old);

  const errors: FieldError[] = [
    ...validateObjectMeta(
      object.metadata ?? {},
      type.namespaced,
      strategy.nameRule,
    ),
    ...(isCustomResource(type) ? validateSchema(object, type.schema) : []),
    ...(strategy.validate?.(object, old) ?? []),
  ];
  if (errors.length) throw invalid(type, object.metadata?.name ?? '', errors);

  const denial = strategy.admit?.(object, old);
  if (denial)
    throw webhookDenied(strategy.webhookName ?? type.resource, denial);
}
