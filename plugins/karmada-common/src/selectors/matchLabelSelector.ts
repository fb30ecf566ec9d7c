import { LabelSelector, LabelSelectorRequirement } from '../types';
import { labelKeyError, labelValueError } from './labelValidation';

/**
 * A compiled requirement over a label set; `matches` is total.
 *
 * @public
 */
export interface LabelRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Gt' | 'Lt';
  values: string[];
}

/**
 * Compiles one requirement the way `labels.NewRequirement` does, or returns
 * the reason it is invalid.
 *
 * @public
 */
export function compileRequirement(
  req: LabelSelectorRequirement,
  allowNumeric = false,
): LabelRequirement | { error: string } {
  const keyError = labelKeyError(req.key ?? '');
  if (keyError) return { error: `key "${req.key}": ${keyError}` };
  const values = req.values ?? [];
  switch (req.operator) {
    case 'In':
    case 'NotIn':
      if (values.length === 0) {
        return {
          error: `values: must be specified when operator is ${req.operator}`,
        };
      }
      break;
    case 'Exists':
    case 'DoesNotExist':
      if (values.length !== 0) {
        return {
          error: `values: may not be specified when operator is ${req.operator}`,
        };
      }
      break;
    case 'Gt':
    case 'Lt':
      if (!allowNumeric)
        return {
          error: `operator "${req.operator}" is not a valid label selector operator`,
        };
      if (values.length !== 1 || !/^-?\d+$/.test(values[0])) {
        return {
          error: `values: must be a single integer when operator is ${req.operator}`,
        };
      }
      return { key: req.key, operator: req.operator, values };
    default:
      return {
        error: `operator "${req.operator}" is not a valid label selector operator`,
      };
  }
  for (const v of values) {
    const e = labelValueError(v);
    if (e) return { error: `value "${v}": ${e}` };
  }
  return {
    key: req.key,
    operator: req.operator as LabelRequirement['operator'],
    values,
  };
}

/**
 * Whether a compiled requirement holds for a label set.
 *
 * @public
 */
export function requirementMatches(
  req: LabelRequirement,
  labels: Record<string, string | undefined>,
): boolean {
  const has =
    Object.prototype.hasOwnProperty.call(labels, req.key) &&
    labels[req.key] !== undefined;
  const value = has ? labels[req.key]! : undefined;
  switch (req.operator) {
    case 'In':
      return has && req.values.includes(value!);
    case 'NotIn':
      return !has || !req.values.includes(value!);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    case 'Gt':
    case 'Lt': {
      if (!has || !/^-?\d+$/.test(value!)) return false;
      const a = BigInt(value!);
      const b = BigInt(req.values[0]);
      return req.operator === 'Gt' ? a > b : a < b;
    }
    default:
      return false;
  }
}

/**
 * Compiles a `metav1.LabelSelector` like `metav1.LabelSelectorAsSelector`:
 * matchLabels become equality requirements, everything is ANDed, and an
 * invalid selector yields an error instead of a matcher.
 *
 * @public
 */
export function compileLabelSelector(
  selector: LabelSelector,
): LabelRequirement[] | { error: string } {
  const out: LabelRequirement[] = [];
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    const r = compileRequirement({ key, operator: 'In', values: [value] });
    if ('error' in r) return { error: `matchLabels: ${r.error}` };
    out.push(r);
  }
  for (const expr of selector.matchExpressions ?? []) {
    const r = compileRequirement(expr);
    if ('error' in r) return { error: `matchExpressions: ${r.error}` };
    out.push(r);
  }
  return out;
}

/**
 * Whether a label set matches a label selector; an invalid selector matches
 * nothing, as in Karmada's selector helpers.
 *
 * @public
 */
export function matchLabelSelector(
  selector: LabelSelector,
  labels: Record<string, string> | undefined,
): boolean {
  const compiled = compileLabelSelector(selector);
  if ('error' in compiled) return false;
  const set = labels ?? {};
  return compiled.every(r => requirementMatches(r, set));
}
