import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';

/**
 * One `fieldSelector` term.
 *
 * @public
 */
export interface FieldRequirement {
  field: 'metadata.name' | 'metadata.namespace';
  operator: '=' | '!=';
  value: string;
}

const SUPPORTED = ['metadata.name', 'metadata.namespace'];

/**
 * Parses a `fieldSelector` query parameter over `metadata.name` and
 * `metadata.namespace` (`=`, `==`, `!=`); throws with the server's message
 * for anything else.
 *
 * @public
 */
export function parseFieldSelector(input: string): FieldRequirement[] {
  const out: FieldRequirement[] = [];
  for (const raw of input.split(',')) {
    const term = raw.trim();
    if (!term) continue;
    const match = /^([^=!]+?)\s*(==|!=|=)\s*(.*)$/.exec(term);
    if (!match)
      throw new Error(
        `invalid selector: '${input}'; can't understand '${term}'`,
      );
    const [, field, op, value] = match;
    if (!SUPPORTED.includes(field)) {
      throw new Error(`field label not supported: ${field}`);
    }
    out.push({
      field: field as FieldRequirement['field'],
      operator: op === '!=' ? '!=' : '=',
      value: value.trim(),
    });
  }
  return out;
}

/**
 * Whether an object satisfies every field requirement.
 *
 * @public
 */
export function fieldsMatch(
  requirements: FieldRequirement[],
  object: KubernetesObject,
): boolean {
  return requirements.every(r => {
    const actual =
      r.field === 'metadata.name'
        ? object.metadata?.name ?? ''
        : object.metadata?.namespace ?? '';
    return r.operator === '=' ? actual === r.value : actual !== r.value;
  });
}
