import type { ClusterAffinity, FieldSelectorRequirement } from '../types';
import { joinWords } from './joinWords';
import { describeLabelSelector } from './describeLabelSelector';

/**
 * A cluster affinity in plain words.
 *
 * @public
 */
export interface ClusterAffinityDescription {
  /**
   * The clusters as a noun phrase (`member1 and member2`, `aws clusters in
   * us-east-1`); undefined when the affinity matches every cluster.
   */
  subject?: string;
  /** Cluster names the affinity excludes, in order. */
  excluded: string[];
}

/** Options shared by the describers. */
interface DescribeOptions {
  /** Longest list of names written out before "and N more". */
  maxListed?: number;
}

function fieldPhrases(expressions: FieldSelectorRequirement[]) {
  const providersIn: string[] = [];
  const before: string[] = [];
  const after: string[] = [];
  for (const expr of expressions) {
    const values = expr.values ?? [];
    const list = joinWords(values);
    const either = joinWords(values, { conjunction: 'or' });
    if (expr.key === 'provider' && expr.operator === 'In') {
      providersIn.push(joinWords(values));
    } else if (expr.key === 'provider' && expr.operator === 'NotIn') {
      after.push(`not on ${either}`);
    } else if (expr.key === 'region' && expr.operator === 'In') {
      before.push(`in ${list}`);
    } else if (expr.key === 'region' && expr.operator === 'NotIn') {
      after.push(`outside ${either}`);
    } else if (expr.key === 'zone' && expr.operator === 'In') {
      before.push(`in ${values.length === 1 ? 'zone' : 'zones'} ${list}`);
    } else if (expr.key === 'zone' && expr.operator === 'NotIn') {
      after.push(`outside ${values.length === 1 ? 'zone' : 'zones'} ${either}`);
    } else if (expr.key === 'zone' && expr.operator === 'Exists') {
      after.push('with zones');
    } else if (expr.key === 'zone' && expr.operator === 'DoesNotExist') {
      after.push('without zones');
    } else {
      // The webhook rejects other keys and operators; show them verbatim.
      after.push(
        `where ${expr.key} ${expr.operator} ${values.join(',')}`.trim(),
      );
    }
  }
  return { providersIn, phrases: [...before, ...after] };
}

/**
 * Describes which clusters an affinity (of a placement, a fallback term or a
 * static weight rule) selects. Follows Karmada's matching: names, labels and
 * fields are ANDed; `exclude` wins over everything.
 *
 * @public
 */
export function describeClusterAffinity(
  affinity: ClusterAffinity | undefined | null,
  options: DescribeOptions = {},
): ClusterAffinityDescription {
  const excluded = affinity?.exclude ?? [];
  if (!affinity) return { excluded };
  const labels = describeLabelSelector(affinity.labelSelector);
  const { providersIn, phrases } = fieldPhrases(
    affinity.fieldSelector?.matchExpressions ?? [],
  );
  const names = affinity.clusterNames ?? [];

  let group: string | undefined;
  if (labels.length > 0 || phrases.length > 0 || providersIn.length > 0) {
    const noun = `${
      providersIn.length ? `${providersIn.join(' ')} ` : ''
    }clusters`;
    const withLabels = labels.length ? ` with ${joinWords(labels)}` : '';
    const where = phrases.length ? ` ${phrases.join(' ')}` : '';
    group = `${noun}${withLabels}${where}`;
  }
  if (names.length === 0) return { subject: group, excluded };
  const listed = joinWords(names, { maxListed: options.maxListed });
  return {
    subject: group ? `${listed} among ${group}` : listed,
    excluded,
  };
}

/**
 * `, excluding member3` or, inside a list of fallbacks, ` excluding member3`.
 *
 * @public
 */
export function describeExclusions(
  excluded: string[],
  options: DescribeOptions & { separator?: string } = {},
): string {
  if (excluded.length === 0) return '';
  return `${options.separator ?? ', '}excluding ${joinWords(excluded, {
    maxListed: options.maxListed,
  })}`;
}
