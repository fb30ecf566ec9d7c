import { z } from 'zod';
import {
  dns1123LabelError,
  dns1123SubdomainError,
  labelKeyError,
  labelValueError,
} from '../../selectors';

// Names, labels and annotations: small schemas shared by every step of the
// workload spec. Each check returns the reason only; the field's form label
// and path are added when the issues become a KarmadaInputError.

/**
 * A string checked by a function that returns the reason it is invalid.
 *
 * @public
 */
export function checkedString(check: (value: string) => string | undefined) {
  return z.string().superRefine((value, ctx) => {
    const reason = check(value);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  });
}

/**
 * A DNS-1123 label (namespaces, workload, container and volume names).
 *
 * @public
 */
export const dnsLabelSchema = (maxLength = 63) =>
  checkedString(v => {
    const e = dns1123LabelError(v, maxLength);
    return e && `"${v}" ${e}`;
  });

/**
 * A DNS-1123 subdomain (ConfigMap and Secret names, host alias hostnames).
 *
 * @public
 */
export const dnsSubdomainSchema = checkedString(v => {
  const e = dns1123SubdomainError(v);
  return e && `"${v}" ${e}`;
});

/**
 * A Karmada member cluster name: a DNS-1123 label of at most 48 characters.
 *
 * @public
 */
export const clusterNameSchema = dnsLabelSchema(48);

/**
 * A label (or annotation) key: a qualified name with an optional DNS prefix.
 *
 * @public
 */
export const labelKeySchema = checkedString(v => {
  const e = labelKeyError(v);
  return e && `"${v}": ${e}`;
});

/**
 * A label value (empty allowed).
 *
 * @public
 */
export const labelValueSchema = checkedString(v => {
  const e = labelValueError(v);
  return e && `"${v}" ${e}`;
});

/**
 * A non-empty label value (cluster providers, regions and zones).
 *
 * @public
 */
export const nonEmptyLabelValueSchema = checkedString(v =>
  v.length === 0
    ? 'must not be empty'
    : (e => e && `"${v}" ${e}`)(labelValueError(v)),
);

/**
 * A label map: every key a qualified name, every value a label value.
 *
 * @public
 */
export const labelMapSchema = z
  .record(z.string(), z.string())
  .superRefine((labels, ctx) => {
    for (const [key, value] of Object.entries(labels)) {
      const keyError = labelKeyError(key);
      if (keyError)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `key "${key}": ${keyError}`,
        });
      const valueError = labelValueError(value);
      if (valueError)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `value "${value}" ${valueError}`,
        });
    }
  });

// Kubernetes limits the serialized annotations of one object (TotalAnnotationSizeLimitB).
const ANNOTATIONS_MAX_BYTES = 256 * 1024;

/**
 * An annotation map: qualified-name keys, free values, at most 256 KiB in total.
 *
 * @public
 */
export const annotationMapSchema = z
  .record(z.string(), z.string())
  .superRefine((annotations, ctx) => {
    let size = 0;
    for (const [key, value] of Object.entries(annotations)) {
      const keyError = labelKeyError(key);
      if (keyError)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `key "${key}": ${keyError}`,
        });
      size += key.length + value.length;
    }
    if (size > ANNOTATIONS_MAX_BYTES) {
      ctx.addIssue({
        code: 'custom',
        message: `must be no more than 256 KiB in total (${size} bytes)`,
      });
    }
  });

/**
 * An environment variable name.
 *
 * @public
 */
export const envVarNameSchema = checkedString(v =>
  /^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(v)
    ? undefined
    : `"${v}" must consist of letters, digits, '_', '-' or '.', and must not start with a digit`,
);

/**
 * A list whose entries must be distinct (names, cluster lists).
 *
 * @public
 */
export function uniqueList<T extends z.ZodType<string>>(item: T, what: string) {
  return z.array(item).superRefine((list, ctx) => {
    list.forEach((value, i) => {
      if (list.indexOf(value) !== i) {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `${what} "${value}" is listed twice`,
        });
      }
    });
  });
}
