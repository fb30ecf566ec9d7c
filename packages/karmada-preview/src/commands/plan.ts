import { KarmadaInputError } from '@karmada-backstage/plugin-karmada-common';
import { Command } from '../io';
import {
  PlanFiles,
  PlanOutput,
  buildPlan,
  readPlanInputs,
  renderPlan,
} from '../plan';

const USAGE = `usage: karmada-preview plan --clusters FILE --policy FILE [--overrides FILE]... WORKLOAD.yaml [-o table|json|yaml]

Where Karmada puts each replica of a Deployment, why each other cluster is
left out, and what each selected cluster receives compared with the template.
FILEs may be YAML or JSON; --clusters takes Clusters or a ClusterList,
--policy a PropagationPolicy (or ClusterPropagationPolicy), each --overrides
one or more OverridePolicies and ClusterOverridePolicies (several documents
or a List; other kinds are skipped).
`;

function parseArgs(
  args: string[],
): { files: PlanFiles; output: PlanOutput } | string {
  const files: Partial<PlanFiles> & { overrides: string[] } = {
    overrides: [],
  };
  let output: PlanOutput = 'table';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => args[++i] ?? '';
    if (arg === '--clusters') files.clusters = value();
    else if (arg === '--policy') files.policy = value();
    else if (arg === '--overrides') {
      const file = value();
      if (!file) return '--overrides needs a file';
      files.overrides.push(file);
    } else if (arg === '-o' || arg === '--output') {
      const o = value();
      if (o !== 'table' && o !== 'json' && o !== 'yaml')
        return `-o must be table, json or yaml (got "${o}")`;
      output = o;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (files.workload) return `unexpected argument "${arg}"`;
    else files.workload = arg;
  }
  const { clusters, policy, workload, overrides } = files;
  if (!clusters || !policy || !workload)
    return '--clusters, --policy and WORKLOAD.yaml are required';
  return { files: { clusters, policy, workload, overrides }, output };
}

/**
 * `karmada-preview plan`: where each replica of a Deployment goes under a
 * PropagationPolicy over a fleet, why the other clusters are left out, and
 * what each selected cluster receives after the override policies.
 * Exit 2 with a one-line message naming the flag or field on malformed input.
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
    const result = buildPlan(await readPlanInputs(parsed.files));
    // On stderr too, so it is seen even when stdout goes to a tool or a file.
    if (!result.policy.selectsWorkload)
      io.stderr(`karmada-preview: warning: ${result.notes[0]}\n`);
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
