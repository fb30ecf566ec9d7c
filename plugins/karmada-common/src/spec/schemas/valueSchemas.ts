import { z } from 'zod';
import { compareQuantities, quantityError } from '../../quantity';
import { checkedString } from './nameSchemas';

// Numbers, quantities and ports: small schemas shared by every step of the
// workload spec, with reasons in the form's words.

/**
 * A Kubernetes quantity such as `"500m"`, `"1Gi"` or `2`, not negative.
 *
 * @public
 */
export const quantitySchema = z
  .union([z.string(), z.number()], {
    error: 'must be a quantity such as "500m", "1Gi" or 2',
  })
  .superRefine((value, ctx) => {
    const reason = quantityError(value);
    if (reason) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not a valid quantity (${reason}); e.g. "500m", "1Gi", "2"`,
      });
    } else if (compareQuantities(value, 0) < 0) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" must not be negative`,
      });
    }
  });

/**
 * An integer or a percentage such as `"25%"` (`intstr.IntOrString`).
 *
 * @public
 */
export const intOrPercentSchema = z
  .union([z.number(), z.string()], {
    error: 'must be a whole number or a percentage such as "25%"',
  })
  .superRefine((value, ctx) => {
    const ok =
      typeof value === 'number'
        ? Number.isInteger(value) && value >= 0
        : /^[0-9]+%$/.test(value);
    if (!ok)
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" must be a whole number ≥ 0 or a percentage such as "25%"`,
      });
  });

/**
 * A whole number ≥ 0 (seconds, counts).
 *
 * @public
 */
export const nonNegativeIntSchema = z
  .number()
  .int({ error: 'must be a whole number' })
  .min(0, { error: 'must be 0 or more' })
  .max(2147483647, { error: 'must be at most 2147483647' });

/**
 * A whole number ≥ 1.
 *
 * @public
 */
export const positiveIntSchema = z
  .number()
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be 1 or more' })
  .max(2147483647, { error: 'must be at most 2147483647' });

/**
 * A TCP/UDP port number, 1–65535.
 *
 * @public
 */
export const portNumberSchema = z
  .number()
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be between 1 and 65535' })
  .max(65535, { error: 'must be between 1 and 65535' });

/**
 * Why a port name is not an IANA service name (`IsValidPortName`), or undefined.
 *
 * @public
 */
export function portNameError(name: string): string | undefined {
  if (name.length === 0 || name.length > 15)
    return `"${name}" must be 1 to 15 characters`;
  if (!/^[a-z0-9-]+$/.test(name))
    return `"${name}" must contain only lowercase letters, digits and '-'`;
  if (!/[a-z]/.test(name)) return `"${name}" must contain at least one letter`;
  if (name.includes('--')) return `"${name}" must not contain consecutive '-'`;
  if (name.startsWith('-') || name.endsWith('-'))
    return `"${name}" must not begin or end with '-'`;
  return undefined;
}

/**
 * A port name (IANA service name: ≤ 15 lowercase letters, digits and '-').
 *
 * @public
 */
export const portNameSchema = checkedString(portNameError);

/**
 * A port given by number or by the name of a container port.
 *
 * @public
 */
export const namedPortSchema = z.union([portNumberSchema, portNameSchema], {
  error: 'must be a port number (1–65535) or a port name',
});
