import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { FieldError } from '../api/fieldErrors';
import { ResourceStrategy } from '../api/ResourceType';
import { badRequest } from '../api/statusErrors';
import { isDNS1123Subdomain, regexError } from '../validation/nameRules';
import { nameRule } from '../validation/validateObjectMeta';

type Json = Record<string, unknown>;

const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
const MAX_SIZE = 1024 * 1024;

function validateKeys(
  data: unknown,
  field: string,
  errors: FieldError[],
): number {
  let size = 0;
  for (const [key, value] of Object.entries((data ?? {}) as Json)) {
    if (
      !CONFIG_KEY.test(key) ||
      key === '.' ||
      key === '..' ||
      key.length > 253
    ) {
      errors.push({
        type: 'Invalid',
        field: `${field}[${key}]`,
        value: key,
        detail: regexError(
          "a valid config key must consist of alphanumeric characters, '-', '_' or '.'",
          '[-._a-zA-Z0-9]+',
          'key.name',
          'KEY_NAME',
          'key-name',
        ),
      });
    }
    size += String(value).length;
  }
  return size;
}

function validateImmutable(
  object: KubernetesObject,
  old: KubernetesObject | undefined,
  errors: FieldError[],
): void {
  if (!old || old.immutable !== true) return;
  for (const field of ['data', 'binaryData']) {
    if (
      JSON.stringify(old[field] ?? {}) !== JSON.stringify(object[field] ?? {})
    ) {
      errors.push({
        type: 'Forbidden',
        field,
        detail: 'field is immutable when `immutable` is set',
      });
    }
  }
  if (object.immutable !== true) {
    errors.push({
      type: 'Forbidden',
      field: 'immutable',
      detail: 'field is immutable when `immutable` is set',
    });
  }
}

function validateConfigMap(
  object: KubernetesObject,
  old: KubernetesObject | undefined,
): FieldError[] {
  const errors: FieldError[] = [];
  const size =
    validateKeys(object.data, 'data', errors) +
    validateKeys(object.binaryData, 'binaryData', errors);
  if (size > MAX_SIZE)
    errors.push({ type: 'TooLong', field: '', max: MAX_SIZE });
  validateImmutable(object, old, errors);
  return errors;
}

/** `stringData` is write-only: the server folds it into `data` (base64). */
function defaultSecret(object: KubernetesObject): void {
  object.type ??= 'Opaque';
  const data = { ...((object.data ?? {}) as Json) };
  for (const [key, value] of Object.entries(data)) {
    if (
      typeof value !== 'string' ||
      !/^[A-Za-z0-9+/]*={0,2}$/.test(value) ||
      value.length % 4 !== 0
    ) {
      throw badRequest(
        `Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 0 (data[${key}])`,
      );
    }
  }
  for (const [key, value] of Object.entries(
    (object.stringData ?? {}) as Json,
  )) {
    data[key] = Buffer.from(String(value), 'utf8').toString('base64');
  }
  delete object.stringData;
  if (Object.keys(data).length) object.data = data;
}

function validateSecret(
  object: KubernetesObject,
  old: KubernetesObject | undefined,
): FieldError[] {
  const errors: FieldError[] = [];
  const size = validateKeys(object.data, 'data', errors);
  if (size > MAX_SIZE)
    errors.push({ type: 'TooLong', field: 'data', max: MAX_SIZE });
  if (old && old.type !== object.type) {
    errors.push({
      type: 'Invalid',
      field: 'type',
      value: object.type ?? '',
      detail: 'field is immutable',
    });
  }
  validateImmutable(object, old, errors);
  return errors;
}

/**
 * The registry strategy of `v1` ConfigMaps.
 *
 * @public
 */
export const configMapStrategy: ResourceStrategy = {
  nameRule: nameRule(isDNS1123Subdomain),
  generation: 'none',
  statusSubresource: false,
  validate: validateConfigMap,
};

/**
 * The registry strategy of `v1` Secrets.
 *
 * @public
 */
export const secretStrategy: ResourceStrategy = {
  nameRule: nameRule(isDNS1123Subdomain),
  generation: 'none',
  statusSubresource: false,
  defaults: defaultSecret,
  validate: validateSecret,
};
