import { readFile } from 'node:fs/promises';
import YAML from 'yaml';
import {
  ClusterExplanation,
  KarmadaInputError,
  KubernetesObject,
  OverridePolicy,
  Placement,
  PlacementPreview,
  PodSpecLike,
  ReplicaRequirements,
  ResourceSelector,
  createFleetSnapshot,
  formatQuantity,
  matchLabelSelector,
  previewPlacement,
  replicaRequirementsFromPodTemplate,
  summarizePlacement,
  validatePlacement,
} from '@karmada-backstage/plugin-karmada-common';
import { Command } from '../io';

const USAGE = `usage: karmada-preview plan --clusters FILE --policy FILE [--overrides FILE]... WORKLOAD.yaml [-o table|json|yaml]

Where Karmada puts each replica of a Deployment, and why each other cluster is
left out. FILEs may be YAML or JSON; --clusters takes Clusters or a ClusterList,
--policy a PropagationPolicy (or ClusterPropagationPolicy).
`;

/**
 * Everything \`plan\` found, before rendering. Later sections (per-cluster
 * override differences) add fields here and a section to renderPlan.
 *
 * @public
 */
export interface PlanResult {
  workload: {
    kind: string;
    name: string;
    namespace?: string;
    replicas: number;
    replicaRequirements?: ReplicaRequirements;
  };
  policy: {
    kind: string;
    name: string;
    namespace?: string;
    placement: Placement;
    summary: string;
  };
  /** The override policies given with --overrides, parsed (not applied yet). */
  overridePolicies: OverridePolicy[];
  preview: PlacementPreview;
  /** Plan-level notes, e.g. a policy that does not select the workload. */
  notes: string[];
}

/** What plan reads, already parsed. */
export interface PlanInputs {
  clusters: unknown[];
  policy: KubernetesObject;
  overridePolicies: OverridePolicy[];
  workload: KubernetesObject;
  /** File names for messages. */
  files: { policy: string; workload: string; clusters: string };
}

type Output = 'table' | 'json' | 'yaml';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

interface DeploymentSpec {
  replicas?: unknown;
  template?: { spec?: PodSpecLike };
}

interface PolicySpec {
  placement?: unknown;
  resourceSelectors?: ResourceSelector[];
}

function selects(
  selector: ResourceSelector,
  workload: KubernetesObject,
  policyNamespace?: string,
): boolean {
  const meta = workload.metadata ?? {};
  if (
    selector.apiVersion !== workload.apiVersion ||
    selector.kind !== workload.kind
  )
    return false;
  const namespace = selector.namespace ?? policyNamespace;
  if (namespace && namespace !== (meta.namespace ?? 'default')) return false;
  if (selector.name) return selector.name === meta.name;
  return (
    !selector.labelSelector ||
    matchLabelSelector(selector.labelSelector, meta.labels)
  );
}

/**
 * Previews a workload's placement from parsed inputs. Throws a
 * KarmadaInputError (its path starts with the file name) on malformed input.
 *
 * @public
 */
export function buildPlan(inputs: PlanInputs): PlanResult {
  const { policy, workload, files } = inputs;
  if (workload.kind !== 'Deployment' || !isObject(workload.spec)) {
    throw new KarmadaInputError([
      { path: files.workload, reason: 'must be an apps/v1 Deployment' },
    ]);
  }
  const spec = workload.spec as DeploymentSpec;
  const replicas = spec.replicas ?? 1;
  if (
    typeof replicas !== 'number' ||
    !Number.isInteger(replicas) ||
    replicas < 0
  ) {
    throw new KarmadaInputError([
      {
        path: `${files.workload}: spec.replicas`,
        reason: 'must be a non-negative integer',
      },
    ]);
  }
  const podSpec = spec.template?.spec;
  const replicaRequirements = replicaRequirementsFromPodTemplate(
    isObject(podSpec) ? podSpec : {},
    `${files.workload}: spec.template.spec`,
  );
  const policySpec: PolicySpec = isObject(policy.spec) ? policy.spec : {};
  const placement = validatePlacement(
    policySpec.placement,
    `${files.policy}: spec.placement`,
  );
  const snapshot = createFleetSnapshot(inputs.clusters, {
    path: `${files.clusters}: items`,
  });
  const preview = previewPlacement(snapshot, {
    placement,
    replicas,
    replicaRequirements,
  });
  const notes: string[] = [];
  const selectors = Array.isArray(policySpec.resourceSelectors)
    ? policySpec.resourceSelectors
    : [];
  if (!selectors.some(s => selects(s, workload, policy.metadata?.namespace))) {
    notes.push(
      `${policy.kind} ${policy.metadata?.name} does not select ${workload.kind} ${workload.metadata?.name}: Karmada would not propagate it with this policy`,
    );
  }
  return {
    workload: {
      kind: workload.kind,
      name: workload.metadata?.name ?? '',
      namespace: workload.metadata?.namespace,
      replicas,
      replicaRequirements,
    },
    policy: {
      kind: policy.kind ?? 'PropagationPolicy',
      name: policy.metadata?.name ?? '',
      namespace: policy.metadata?.namespace,
      placement,
      summary: summarizePlacement(placement),
    },
    overridePolicies: inputs.overridePolicies,
    preview,
    notes,
  };
}

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

/**
 * Renders a plan as a table for people, or as JSON/YAML for tools.
 *
 * @public
 */
export function renderPlan(result: PlanResult, output: Output): string {
  if (output === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  if (output === 'yaml')
    return YAML.stringify(JSON.parse(JSON.stringify(result)));
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
  const notes = [...result.notes, ...preview.warnings.map(w => w.message)];
  if (notes.length > 0)
    lines.push('', 'Warnings:', ...notes.map(n => `  - ${n}`));
  return `${lines.join('\n')}\n`;
}

async function readDocuments(file: string): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new KarmadaInputError([
      {
        path: file,
        reason: `cannot read (${e instanceof Error ? e.message : String(e)})`,
      },
    ]);
  }
  const docs = YAML.parseAllDocuments(text);
  for (const doc of docs) {
    if (doc.errors.length > 0)
      throw new KarmadaInputError([
        {
          path: file,
          reason: `not YAML or JSON (${doc.errors[0].message.split('\n')[0]})`,
        },
      ]);
  }
  return docs.map(d => d.toJS()).filter(d => d !== null && d !== undefined);
}

function clustersOf(docs: unknown[]): unknown[] {
  if (docs.length === 1 && Array.isArray(docs[0])) return docs[0];
  if (docs.length === 1 && isObject(docs[0]) && Array.isArray(docs[0].items))
    return docs[0].items;
  return docs;
}

function single(
  docs: unknown[],
  kinds: string[],
  file: string,
): KubernetesObject {
  const found = docs.find(d => isObject(d) && kinds.includes(String(d.kind)));
  if (!found)
    throw new KarmadaInputError([
      { path: file, reason: `has no ${kinds.join(' or ')}` },
    ]);
  return found as KubernetesObject;
}

interface Args {
  clusters?: string;
  policy?: string;
  overrides: string[];
  workload?: string;
  output: Output;
}

function parseArgs(args: string[]): Args | string {
  const out: Args = { overrides: [], output: 'table' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => args[++i] ?? '';
    if (arg === '--clusters') out.clusters = value();
    else if (arg === '--policy') out.policy = value();
    else if (arg === '--overrides') out.overrides.push(value());
    else if (arg === '-o' || arg === '--output') {
      const o = value();
      if (o !== 'table' && o !== 'json' && o !== 'yaml')
        return `-o must be table, json or yaml (got "${o}")`;
      out.output = o;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (out.workload) return `unexpected argument "${arg}"`;
    else out.workload = arg;
  }
  if (!out.clusters || !out.policy || !out.workload)
    return '--clusters, --policy and WORKLOAD.yaml are required';
  return out;
}

/**
 * `karmada-preview plan`: where each replica of a Deployment goes under a
 * PropagationPolicy over a fleet, and why the other clusters are left out.
 * Exit 2 with a one-line message on malformed input.
 *
 * @public
 */
export const plan: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`karmada-preview: plan: ${parsed}\n${USAGE}`);
    return 2;
  }
  try {
    const { clusters = '', policy = '', workload = '' } = parsed;
    const overrideDocs = (
      await Promise.all(parsed.overrides.map(readDocuments))
    ).flat();
    const result = buildPlan({
      clusters: clustersOf(await readDocuments(clusters)),
      policy: single(
        await readDocuments(policy),
        ['PropagationPolicy', 'ClusterPropagationPolicy'],
        policy,
      ),
      workload: single(await readDocuments(workload), ['Deployment'], workload),
      overridePolicies: overrideDocs.filter(
        (d): d is OverridePolicy =>
          isObject(d) &&
          (d.kind === 'OverridePolicy' || d.kind === 'ClusterOverridePolicy'),
      ),
      files: { clusters, policy, workload },
    });
    io.stdout(renderPlan(result, parsed.output));
    return 0;
  } catch (e) {
    if (e instanceof KarmadaInputError) {
      io.stderr(`karmada-preview: ${e.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return 2;
    }
    throw e;
  }
};
