import type { SpreadConstraint } from '../types';
import { countNoun, formatRange } from './joinWords';

/**
 * The spread constraints of a placement in plain words.
 *
 * @public
 */
export interface SpreadConstraintsDescription {
  /** ` in 2–3 regions on 4–6 clusters`: follows the clusters it constrains. */
  groups: string;
  /** `only clusters with a zone`: clusters the constraints filter out. */
  filters: string;
  /** Notes where Karmada does something surprising with them. */
  notes: string[];
}

function range(constraint: SpreadConstraint): { min: number; max: number } {
  // Karmada defaults minGroups 0 to 1 and leaves maxGroups at 0 (no upper bound is not a thing).
  return { min: constraint.minGroups || 1, max: constraint.maxGroups ?? 0 };
}

/**
 * Describes spread constraints the way Karmada applies them: region and
 * cluster constraints choose groups; provider and zone constraints only drop
 * clusters lacking the field; static weights skip them altogether.
 *
 * @public
 */
export function describeSpreadConstraints(
  constraints: SpreadConstraint[] | undefined,
  options: { ignored?: boolean } = {},
): SpreadConstraintsDescription {
  const out: SpreadConstraintsDescription = {
    groups: '',
    filters: '',
    notes: [],
  };
  if (!constraints || constraints.length === 0) return out;
  if (options.ignored) {
    out.notes.push('spread constraints are ignored with static weights');
  }
  const byField = new Map<string, SpreadConstraint>();
  const labels: string[] = [];
  for (const c of constraints) {
    if (c.spreadByLabel && !c.spreadByField) labels.push(c.spreadByLabel);
    // The last constraint per field wins, as in Karmada's index.
    else byField.set(c.spreadByField || 'cluster', c);
  }
  const groups: string[] = [];
  const region = byField.get('region');
  if (region && !options.ignored) {
    const { min, max } = range(region);
    if (max === 0) {
      groups.push(`in at least ${countNoun(min, 'region')}`);
      out.notes.push('region maxGroups is 0, so Karmada cannot choose regions');
    } else {
      groups.push(`in ${countNoun(formatRange(min, max), 'region')}`);
    }
  }
  const cluster = byField.get('cluster');
  if (cluster && !options.ignored) {
    const { min, max } = range(cluster);
    if (max === 0) {
      groups.push('on no cluster');
      out.notes.push('cluster maxGroups is 0, so Karmada selects no cluster');
    } else {
      groups.push(`on ${countNoun(formatRange(min, max), 'cluster')}`);
    }
  }
  out.groups = groups.length ? ` ${groups.join(' ')}` : '';
  // Provider, region and zone constraints also filter, even with static weights.
  const filters: string[] = [];
  if (byField.has('provider')) filters.push('a provider');
  if (byField.has('zone')) filters.push('a zone');
  if (byField.has('region') && options.ignored) filters.push('a region');
  if (filters.length)
    out.filters = `only clusters with ${filters.join(' and ')}`;
  for (const label of labels) {
    out.notes.push(
      `spreading by label ${label} is not supported by Karmada's scheduler`,
    );
  }
  return out;
}
