import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { FieldError } from './fieldErrors';
import { pruneUnknownFields } from '../schema/pruneUnknownFields';
import { validateSchema } from '../schema/validateSchema';
import { applySchemaDefaults } from '../schema/applySchemaDefaults';
import { ApiError } from './ApiError';
import { badRequest } from './statusErrors';
import { ResourceType } from './ResourceType';
import { WriteOptions } from './WriteOptions';

/**
 * How the decoded body was written, for the wording of strict errors.
 *
 * @public
 */
export type DecodeMode = 'json' | 'apply';

/**
 * Whether a kind is a custom resource, validated against its CRD schema
 * (built-in kinds are checked by their decoder and strategy instead).
 *
 * @public
 */
export function isCustomResource(type: ResourceType): boolean {
  return type.group.endsWith('karmada.io') && type.kind !== 'Cluster';
}

/**
 * The decoding stage of a write, in place: checks apiVersion and kind,
 * drops unknown fields (an error under `fieldValidation=Strict`, a warning
 * under Warn), reports type errors (400 for built-in kinds, whose decoder
 * fails; schema errors for custom resources, which the caller turns into a
 * 422), then applies the schema's defaults.
 *
 * @public
 */
export function decodeObject(
  type: ResourceType,
  object: KubernetesObject,
  options: WriteOptions,
  mode: DecodeMode,
): string[] {
  if (
    object.apiVersion !== undefined &&
    object.apiVersion !== type.apiVersion
  ) {
    throw badRequest(
      `the API version in the data (${object.apiVersion}) does not match the expected API version (${type.apiVersion})`,
    );
  }
  if (object.kind !== undefined && object.kind !== type.kind) {
    throw badRequest(
      `the kind in the data (${object.kind}) does not match the expected kind (${type.kind})`,
    );
  }
  object.apiVersion = type.apiVersion;
  object.kind = type.kind;
  const unknown = pruneUnknownFields(object, type.schema);
  const validation = options.fieldValidation ?? 'Warn';
  const warnings: string[] = [];
  if (unknown.length && validation === 'Strict') {
    if (mode === 'apply')
      throw badRequest(
        unknown.map(p => `.${p}: field not declared in schema`).join(', '),
      );
    const list = unknown
      .map(p => `unknown field ${JSON.stringify(p)}`)
      .join(', ');
    throw badRequest(
      `${type.kind} in version "${type.version}" cannot be handled as a ${type.kind}: strict decoding error: ${list}`,
    );
  }
  if (validation === 'Warn')
    warnings.push(...unknown.map(p => `unknown field ${JSON.stringify(p)}`));

  const typeErrors = isCustomResource(type)
    ? []
    : validateSchema(object, type.schema).filter(
        e => e.type === 'Invalid' && e.detail?.includes('must be of type'),
      );
  if (typeErrors.length) {
    const first = typeErrors[0];
    const what = first.type === 'Invalid' ? String(first.value) : 'value';
    throw new ApiError(
      400,
      'BadRequest',
      `${type.kind} in version "${type.version}" cannot be handled as a ${
        type.kind
      }: json: cannot unmarshal ${what} into Go struct field .${
        first.field
      } of type ${describeExpected(first)}`,
    );
  }
  // An applied configuration stays as written: defaults belong to the merged object.
  if (mode !== 'apply') applySchemaDefaults(object, type.schema);
  return warnings;
}

function describeExpected(error: FieldError): string {
  if (error.type !== 'Invalid' || !error.detail) return 'unknown';
  const match = /must be of type (\w+)/.exec(error.detail);
  const name = match?.[1] ?? 'unknown';
  return { integer: 'int32', object: 'struct', array: 'slice' }[name] ?? name;
}
