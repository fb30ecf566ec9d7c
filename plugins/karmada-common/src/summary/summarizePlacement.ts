import type { ClusterAffinity, ClusterAffinityTerm, Placement } from '../types';
import {
  describeClusterAffinity,
  describeExclusions,
} from './describeClusterAffinity';
import { describeSpreadConstraints } from './describeSpreadConstraints';
import { describeStaticWeights } from './describeStaticWeights';
import { describeTolerations } from './describeTolerations';
import { ReplicaStrategy, replicaStrategyOf } from './replicaStrategyOf';

/**
 * Options of {@link summarizePlacement}.
 *
 * @public
 */
export interface SummarizePlacementOptions {
  /** Longest list of cluster names written out before "and N more" (default 6). */
  maxListed?: number;
}

type Prep = 'to' | 'across';

const ALL: Record<Prep, string> = {
  to: 'to every cluster',
  across: 'across all clusters',
};

/** The verb phrase and the preposition that introduces the clusters. */
function modePhrase(strategy: ReplicaStrategy): { verb: string; prep: Prep } {
  switch (strategy.kind) {
    case 'Duplicated':
      return { verb: 'Duplicated', prep: 'to' };
    case 'Aggregated':
      return { verb: 'Aggregated', prep: 'across' };
    case 'DynamicWeight':
      return { verb: 'Divided by available replicas', prep: 'across' };
    default:
      return { verb: 'Divided equally', prep: 'across' };
  }
}

/** `across clusters with env=prod` (or `across all clusters`) and the exclusions. */
function target(
  affinity: ClusterAffinity | undefined,
  prep: Prep,
  options: SummarizePlacementOptions,
) {
  const { subject, excluded } = describeClusterAffinity(affinity, options);
  return {
    phrase: subject ? `${prep} ${subject}` : ALL[prep],
    subject,
    excluded,
  };
}

/** One `clusterAffinities` term, with its overflow tiers. */
function describeTerm(
  term: ClusterAffinityTerm,
  prep: Prep,
  options: SummarizePlacementOptions,
): string {
  const inline = { ...options, separator: ' ' };
  const main = target(term, prep, options);
  const overflow = (term.overflowAffinities ?? []).map(o => {
    const t = target(o, 'to', options);
    return `${t.subject ?? 'any cluster'}${describeExclusions(
      t.excluded,
      inline,
    )}`;
  });
  return `${main.phrase}${describeExclusions(main.excluded, inline)}${
    overflow.length ? `, overflowing to ${overflow.join(' then ')}` : ''
  }`;
}

/** The static-weight sentence: ratio (or rules) and what the placement narrows to. */
function describeStaticHead(
  placement: Placement | undefined,
  strategy: ReplicaStrategy,
  options: SummarizePlacementOptions,
): string {
  const weights = describeStaticWeights(strategy.staticWeights, options);
  const affinity = placement?.clusterAffinity;
  const scope = target(affinity, 'across', options);
  const excluded = describeExclusions(scope.excluded, options);
  // The placement narrows the weighted clusters only when it says more than their names.
  const sameNames =
    !!weights.clusters &&
    !affinity?.labelSelector &&
    !affinity?.fieldSelector &&
    weights.clusters.every(n => affinity?.clusterNames?.includes(n));
  if (!scope.subject || sameNames)
    return `Divided ${weights.phrase}${excluded}`;
  if (weights.clusters) {
    return `Divided ${weights.phrase} among ${scope.subject}${excluded}`;
  }
  return `Divided ${scope.phrase}${excluded} ${weights.phrase}`;
}

/**
 * A placement in plain words, following Karmada's defaults and quirks, e.g.
 * - "Duplicated to member1, member2 and member3"
 * - "Divided by available replicas across clusters with env=prod in 2–3 regions, excluding member3; tolerates dedicated=gpu"
 * - "Aggregated across aws clusters in us-east-1 and eu-west-1"
 * - "Divided 2:1 between member1 and member2"
 * - fallbacks (`clusterAffinities`): "… across clusters in us-east-1, else across clusters in eu-west-1".
 *
 * Things Karmada does that a reader would not expect (static weights skip
 * spread constraints, maxGroups 0) end the sentence in parentheses.
 * Pure, so the entity page, the backend and the CLI say the same thing.
 *
 * @public
 */
export function summarizePlacement(
  placement: Placement | undefined,
  options: SummarizePlacementOptions = {},
): string {
  const opts = { maxListed: options.maxListed ?? 6 };
  const strategy = replicaStrategyOf(placement);
  const { verb, prep } = modePhrase(strategy);
  const spread = describeSpreadConstraints(placement?.spreadConstraints, {
    ignored: strategy.ignoresSpreadConstraints,
  });

  let head: string;
  if (strategy.kind === 'StaticWeight' && strategy.staticWeights.length > 0) {
    head = describeStaticHead(placement, strategy, opts);
  } else if (placement?.clusterAffinities?.length) {
    const terms = placement.clusterAffinities.map(t =>
      describeTerm(t, prep, opts),
    );
    const either = spread.groups ? `, either way${spread.groups}` : '';
    head = `${verb} ${terms.join(', else ')}${either}`;
  } else {
    const main = target(placement?.clusterAffinity, prep, opts);
    head = `${verb} ${main.phrase}${spread.groups}${describeExclusions(
      main.excluded,
      opts,
    )}`;
  }
  const notes = [spread.filters, ...spread.notes].filter(Boolean);
  return `${head}${describeTolerations(placement?.clusterTolerations)}${
    notes.length ? ` (${notes.join('; ')})` : ''
  }`;
}
