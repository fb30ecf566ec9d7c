import type { StaticClusterWeight } from '../types';
import { describeClusterAffinity } from './describeClusterAffinity';
import { joinWords } from './joinWords';

/**
 * Static weight rules in plain words: `2:1 between member1 and member2` when
 * every rule names clusters, else `by static weights: 2 for each of the
 * clusters with env=prod, 1 for member3`. A cluster named by several rules takes the
 * largest weight, as in Karmada.
 *
 * @public
 */
export function describeStaticWeights(
  weights: StaticClusterWeight[],
  options: { maxListed?: number } = {},
): { phrase: string; clusters?: string[] } {
  const namesOnly = weights.every(
    w =>
      (w.targetCluster.clusterNames?.length ?? 0) > 0 &&
      !w.targetCluster.labelSelector &&
      !w.targetCluster.fieldSelector &&
      !w.targetCluster.exclude?.length,
  );
  if (namesOnly) {
    const byCluster = new Map<string, number>();
    for (const w of weights) {
      for (const name of w.targetCluster.clusterNames ?? []) {
        byCluster.set(name, Math.max(byCluster.get(name) ?? 0, w.weight));
      }
    }
    const clusters = [...byCluster.keys()];
    if (clusters.length === 1) {
      return { phrase: `all to ${clusters[0]} (static weight)`, clusters };
    }
    const ratio = clusters.map(c => byCluster.get(c)).join(':');
    return { phrase: `${ratio} between ${joinWords(clusters)}`, clusters };
  }
  const parts = weights.map(w => {
    const { subject, excluded } = describeClusterAffinity(
      w.targetCluster,
      options,
    );
    const who = subject ?? 'every cluster';
    const except = excluded.length ? ` except ${joinWords(excluded)}` : '';
    const single =
      w.targetCluster.clusterNames?.length === 1 &&
      subject === w.targetCluster.clusterNames[0];
    return `${w.weight} for ${single ? '' : 'each of the '}${who}${except}`;
  });
  return { phrase: `by static weights: ${parts.join(', ')}` };
}
