import { randomInt, randomUUID } from 'node:crypto';
import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { jsonEqual } from '../ssa/schemaWalk';
import { ResourceType } from './ResourceType';

// What the registry sets on every object: name from generateName, uid,
// creation time, generation; the parts of metadata clients cannot change.

const NAME_SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/**
 * The name `generateName` produces: the prefix plus five random
 * characters from the API server's alphabet.
 *
 * @public
 */
export function generateName(prefix: string): string {
  let suffix = '';
  for (let i = 0; i < 5; i += 1)
    suffix += NAME_SUFFIX_ALPHABET[randomInt(NAME_SUFFIX_ALPHABET.length)];
  return `${prefix.slice(0, 58)}${suffix}`;
}

/**
 * A metav1.Time: RFC 3339 with second precision.
 *
 * @public
 */
export function metaTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function generationFields(
  type: ResourceType,
  object: KubernetesObject,
): unknown {
  switch (type.strategy.generation) {
    case 'spec':
      return object.spec;
    case 'specAndAnnotations':
      return [object.spec, object.metadata?.annotations ?? {}];
    default: {
      const { metadata: _m, status, ...rest } = object;
      return type.strategy.statusSubresource ? rest : { ...rest, status };
    }
  }
}

/**
 * `PrepareForCreate` plus `BeforeCreate`'s metadata: a fresh uid and
 * creation time, generation 1 where the kind has one, no status when the
 * kind has a status subresource (unless the emulator itself writes it).
 * Runs before the kind's defaults (which may set an initial status).
 *
 * @public
 */
export function prepareForCreate(
  type: ResourceType,
  object: KubernetesObject,
  now: Date,
  keepStatus: boolean,
): void {
  const meta = { ...object.metadata };
  delete meta.resourceVersion;
  delete meta.deletionTimestamp;
  meta.uid = randomUUID();
  meta.creationTimestamp = metaTime(now);
  if (type.strategy.generation === 'none') delete meta.generation;
  else meta.generation = 1;
  object.metadata = meta;
  if (type.strategy.statusSubresource && !keepStatus) delete object.status;
}

/**
 * `PrepareForUpdate`: system metadata is the old object's, and status stays
 * the old one on the main resource of kinds with a status subresource
 * (status changes go through the status subresource, even the emulator's).
 *
 * @public
 */
export function prepareForUpdate(
  type: ResourceType,
  object: KubernetesObject,
  old: KubernetesObject,
): void {
  const meta = { ...object.metadata };
  const oldMeta = old.metadata ?? {};
  meta.uid = oldMeta.uid;
  meta.creationTimestamp = oldMeta.creationTimestamp;
  if (oldMeta.deletionTimestamp)
    meta.deletionTimestamp = oldMeta.deletionTimestamp;
  else delete meta.deletionTimestamp;
  object.metadata = meta;
  if (type.strategy.statusSubresource) {
    if (old.status === undefined) delete object.status;
    else object.status = structuredClone(old.status);
  }
}

/**
 * The generation after an update, computed once defaults and admission
 * have had their say: it moves only when the kind's generation fields
 * changed.
 *
 * @public
 */
export function updateGeneration(
  type: ResourceType,
  object: KubernetesObject,
  old: KubernetesObject,
): void {
  const meta = { ...object.metadata };
  if (type.strategy.generation === 'none') delete meta.generation;
  else {
    const previous = old.metadata?.generation ?? 1;
    const changed = !jsonEqual(
      generationFields(type, object),
      generationFields(type, old),
    );
    meta.generation = changed ? previous + 1 : previous;
  }
  object.metadata = meta;
}
