import { ObjectMeta } from '@karmada-backstage/plugin-karmada-common';
import { FieldError } from '../api/fieldErrors';
import { isQualifiedName, isValidLabelValue } from './nameRules';

/**
 * A kind's name rule: the messages for an invalid name (none when valid).
 * `prefix` is true for `generateName`, whose trailing dash is allowed.
 *
 * @public
 */
export type NameRule = (name: string, prefix: boolean) => string[];

const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

/**
 * `ValidateLabels`: every key a qualified name, every value a label value;
 * errors name the map (`metadata.labels`), not the key, as the server does.
 *
 * @public
 */
export function validateLabels(
  labels: Record<string, unknown> | undefined,
  field: string,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(labels ?? {})) {
    for (const msg of isQualifiedName(key))
      errors.push({ type: 'Invalid', field, value: key, detail: msg });
    if (typeof value !== 'string') continue;
    for (const msg of isValidLabelValue(value))
      errors.push({ type: 'Invalid', field, value, detail: msg });
  }
  return errors;
}

/**
 * `ValidateAnnotations`: keys are qualified names (compared lower-cased) and
 * the whole map stays under 256 KiB.
 *
 * @public
 */
export function validateAnnotations(
  annotations: Record<string, unknown> | undefined,
  field: string,
): FieldError[] {
  const errors: FieldError[] = [];
  let size = 0;
  for (const [key, value] of Object.entries(annotations ?? {})) {
    for (const msg of isQualifiedName(key.toLowerCase())) {
      errors.push({ type: 'Invalid', field, value: key, detail: msg });
    }
    size += key.length + String(value).length;
  }
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT) {
    errors.push({ type: 'TooLong', field, max: TOTAL_ANNOTATION_SIZE_LIMIT });
  }
  return errors;
}

/**
 * `ValidateObjectMeta`: name (or generateName), namespace presence, labels
 * and annotations.
 *
 * @public
 */
export function validateObjectMeta(
  meta: ObjectMeta & { generateName?: string },
  namespaced: boolean,
  rule: NameRule,
): FieldError[] {
  const errors: FieldError[] = [];
  if (meta.generateName) {
    for (const msg of rule(meta.generateName, true)) {
      errors.push({
        type: 'Invalid',
        field: 'metadata.generateName',
        value: meta.generateName,
        detail: msg,
      });
    }
  }
  if (!meta.name) {
    errors.push({
      type: 'Required',
      field: 'metadata.name',
      detail: 'name or generateName is required',
    });
  } else {
    for (const msg of rule(meta.name, false)) {
      errors.push({
        type: 'Invalid',
        field: 'metadata.name',
        value: meta.name,
        detail: msg,
      });
    }
  }
  if (namespaced && !meta.namespace) {
    errors.push({ type: 'Required', field: 'metadata.namespace' });
  } else if (!namespaced && meta.namespace) {
    errors.push({
      type: 'Forbidden',
      field: 'metadata.namespace',
      detail: 'not allowed on this type',
    });
  }
  errors.push(...validateLabels(meta.labels, 'metadata.labels'));
  errors.push(...validateAnnotations(meta.annotations, 'metadata.annotations'));
  return errors;
}

/**
 * Wraps a plain name check as a {@link NameRule}: a generateName prefix may
 * end in a dash, so it is checked with the dash masked.
 *
 * @public
 */
export function nameRule(check: (name: string) => string[]): NameRule {
  return (name, prefix) =>
    check(prefix && name.endsWith('-') ? `${name.slice(0, -1)}a` : name);
}
