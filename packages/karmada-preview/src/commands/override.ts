import {
  Cluster,
  KubernetesObject,
  OverrideError,
  OverridePolicy,
  explainOverrides,
  overrideInputIssues,
} from '@karmada-backstage/plugin-karmada-common';
import { Command } from '../io';

const USAGE = `usage: karmada-preview override < INPUT.json

Reads {"resource", "cluster", "overridePolicies": [...]} (or an array of them)
on stdin and prints, for each, {"resource": effective, "changes": [...]} or
{"error": {"reason", "message"}}: what the member cluster receives after
Karmada's (Cluster)OverridePolicies.
`;

interface OverrideInput {
  resource: KubernetesObject;
  cluster: Cluster;
  overridePolicies?: OverridePolicy[];
}

function runOne(input: OverrideInput): unknown {
  try {
    const explanation = explainOverrides(
      input.resource,
      input.cluster,
      input.overridePolicies ?? [],
    );
    return {
      resource: explanation.resource,
      changes: explanation.changes,
      appliedPolicies: explanation.appliedPolicies,
    };
  } catch (e) {
    if (e instanceof OverrideError)
      return { error: { reason: e.reason, message: e.message } };
    throw e;
  }
}

/**
 * `karmada-preview override`: applies override policies to a resource for
 * one cluster. Exit 2 with a one-line message naming the field on malformed input.
 *
 * @public
 */
export const override: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  if (args.length > 0) {
    io.stderr(
      `karmada-preview override: unexpected argument "${args[0]}"\n${USAGE}`,
    );
    return 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(await io.readStdin());
  } catch (e) {
    io.stderr(
      `karmada-preview override: stdin: not valid JSON (${
        e instanceof Error ? e.message : String(e)
      })\n`,
    );
    return 2;
  }
  const batch = Array.isArray(input);
  const items: unknown[] = batch ? (input as unknown[]) : [input];
  for (let i = 0; i < items.length; i++) {
    const [issue] = overrideInputIssues(items[i], batch ? `[${i}]` : '');
    if (issue) {
      io.stderr(
        `karmada-preview override: ${issue.path || 'input'}: ${issue.reason}\n`,
      );
      return 2;
    }
  }
  const results = (items as OverrideInput[]).map(runOne);
  io.stdout(`${JSON.stringify(batch ? results : results[0])}\n`);
  return 0;
};
