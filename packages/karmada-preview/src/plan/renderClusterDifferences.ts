import type { OverrideChangeDto } from '@karmada-backstage/plugin-karmada-common';
import { ClusterPlan } from './types';

const MARK: Record<OverrideChangeDto['op'], string> = {
  add: '+',
  remove: '-',
  replace: '~',
};

/** Strings as written (images, tags, quantities); anything else as compact JSON. */
function value(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v) ?? 'null';
}

function policyName(policy: OverrideChangeDto['policy']): string {
  return policy.namespace ? `${policy.namespace}/${policy.name}` : policy.name;
}

/**
 * One override change as a line: `~ path: before → after   (policy, rule, overrider)`.
 *
 * @public
 */
export function renderChange(change: OverrideChangeDto): string {
  let what = `${value(change.before)} → ${value(change.after)}`;
  if (change.op === 'add') what = value(change.after);
  if (change.op === 'remove') what = value(change.before);
  const why = `${change.policy.kind} ${policyName(
    change.policy,
  )}, overrideRules[${change.ruleIndex}], ${change.overrider}[${
    change.overriderIndex
  }]`;
  return `${MARK[change.op]} ${change.displayPath}: ${what}   (${why})`;
}

function heading(cluster: ClusterPlan): string {
  const count = `${cluster.replicas} ${
    cluster.replicas === 1 ? 'replica' : 'replicas'
  }`;
  const tie = cluster.possibleReplicas
    ? `; ${cluster.possibleReplicas.join(' or ')} depending on the tie-break`
    : '';
  return `${cluster.name} (${count}${tie})`;
}

function revision(cluster: ClusterPlan): string | undefined {
  const r = cluster.replicaRevision;
  return r && `replicas: ${r.before} → ${r.after} (scheduling)`;
}

/**
 * The lines of one cluster: what it receives compared with the template.
 * The replica revision comes first and apart from the override changes,
 * which name the policy and rule that caused them; a failed override says
 * that the cluster gets no manifest, as in Karmada.
 *
 * @public
 */
export function renderClusterDifferences(cluster: ClusterPlan): string[] {
  const replicas = revision(cluster);
  if (cluster.error) {
    // Karmada records ApplyOverridePolicyFailed and writes no Work.
    const message = cluster.error.message.replace(/\s*\n\s*/g, ' ');
    return [
      `${heading(cluster)}: gets no manifest, the overrides fail (${
        cluster.error.reason
      }): ${message}`,
    ];
  }
  if (cluster.changes.length === 0) {
    return [
      `${heading(cluster)}: same as the template${
        replicas ? `, apart from ${replicas}` : ''
      }`,
    ];
  }
  return [
    heading(cluster),
    ...(replicas ? [`  ${replicas}`] : []),
    ...cluster.changes.map(c => `  ${renderChange(c)}`),
  ];
}
