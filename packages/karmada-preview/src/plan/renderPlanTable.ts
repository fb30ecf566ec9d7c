import {
  ClusterExplanation,
  formatQuantity,
} from '@karmada-backstage/plugin-karmada-common';
import { renderClusterDifferences } from './renderClusterDifferences';
import { PlanResult } from './types';

function location(e: ClusterExplanation): string {
  const zones = e.zones.length > 0 ? e.zones.join(',') : '-';
  return `${e.provider ?? '-'}/${e.region ?? '-'}/${zones}`;
}

function status(e: ClusterExplanation): string {
  if (e.selected)
    return e.tieBreak
      ? `selected (tie: ${e.possibleReplicas?.join(' or ')} replicas)`
      : 'selected';
  const label = {
    filter: 'filtered',
    select: 'not selected',
    assign: 'assign',
  } as const;
  return (
    e.reasons
      .map(r =>
        r.stage === 'assign' ? r.message : `${label[r.stage]}: ${r.message}`,
      )
      .join('; ') || 'not selected'
  );
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map(r => r[c].length)));
  return rows
    .map(r =>
      r
        .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c])))
        .join('  '),
    )
    .join('\n');
}

function header(result: PlanResult): string[] {
  const { workload, policy, preview } = result;
  const requests = Object.entries(
    workload.replicaRequirements?.resourceRequest ?? {},
  )
    .map(([name, q]) => `${name} ${formatQuantity(q)}`)
    .join(', ');
  const lines = [
    `${workload.kind} ${workload.namespace ?? 'default'}/${workload.name}: ${
      workload.replicas
    } replicas${requests ? `, each requesting ${requests}` : ''}`,
    `${policy.kind} ${policy.namespace ? `${policy.namespace}/` : ''}${
      policy.name
    }: ${policy.summary}`,
    '',
  ];
  if (!policy.selectsWorkload) {
    lines.push(
      `Not propagated: the ${policy.kind} does not select this ${workload.kind} (see Warnings), so Karmada would not schedule it with this policy. Were it selected:`,
    );
  }
  if (preview.schedulable) {
    const total = preview.clusters.reduce(
      (sum, c) => sum + (c.replicas ?? 0),
      0,
    );
    lines.push(
      `Scheduled to ${
        preview.clusters.length
      } cluster(s), ${total} replica(s) in total${
        preview.affinityName ? ` (affinity ${preview.affinityName})` : ''
      }.`,
    );
  } else {
    lines.push(
      `Not schedulable (${preview.error.reason}): ${preview.error.message}`,
    );
  }
  return lines;
}

/**
 * Renders a plan for people: the workload and policy, the placement table
 * (selected clusters first, in Karmada's order), ties, then what each
 * selected cluster receives compared with the template, then warnings.
 *
 * @public
 */
export function renderPlanTable(result: PlanResult): string {
  const { preview } = result;
  const lines = header(result);
  const order = new Map(preview.clusters.map((c, k) => [c.name, k]));
  const rows = [...preview.explanations].sort(
    (a, b) => (order.get(a.name) ?? 1e9) - (order.get(b.name) ?? 1e9),
  );
  lines.push(
    '',
    table([
      ['CLUSTER', 'PROVIDER/REGION/ZONES', 'REPLICAS', 'HEADROOM', 'STATUS'],
      ...rows.map(e => [
        e.name,
        location(e),
        e.replicas === undefined ? '-' : String(e.replicas),
        String(e.availableReplicas),
        status(e),
      ]),
    ]),
  );
  for (const tie of preview.ties) {
    const outcome = (k: number) =>
      tie.outcomes[k].map(c => `${c.name}=${c.replicas}`).join(' ');
    lines.push(
      '',
      `Tie: ${tie.clusters.join(', ')} get ${outcome(0)} or ${outcome(
        1,
      )}, depending on the ResourceBinding's UID.`,
    );
  }
  if (result.clusters.length > 0) {
    lines.push('', 'What each cluster receives, compared with the template:');
    for (const cluster of result.clusters)
      lines.push('', ...renderClusterDifferences(cluster));
  }
  const notes = [...result.notes, ...preview.warnings.map(w => w.message)];
  if (notes.length > 0)
    lines.push('', 'Warnings:', ...notes.map(n => `  - ${n}`));
  return `${lines.join('\n')}\n`;
}
