import {
  FleetSnapshot,
  KarmadaInputError,
  PlacementPreview,
  ScheduleRequest,
  createFleetSnapshot,
  previewPlacement,
  validateScheduleRequest,
} from '@karmada-backstage/plugin-karmada-common';
import { Command } from '../io';

const USAGE = `usage: karmada-preview schedule < INPUT.json

Reads on stdin one request {"clusters", "placement", "replicas",
"replicaRequirements"}, an array of them, or a batch over one fleet
{"clusters", "requests": [{"placement", "replicas", "replicaRequirements"}...]},
and prints where Karmada's scheduler puts the replicas: one result, or an
array of results in order. "clusters" (a list, or a List object) and
"placement" are required: [] is an empty fleet, {} Karmada's defaults.

options:
  --condition-reasons      report error.reason as Karmada's Scheduled-condition
                           reason (NoClusterFit, Unschedulable, SchedulerError)
  --tie-break asc|desc     assume Karmada's UID tie-break goes this way
                           (by default both outcomes are reported as ties)
`;

interface Options {
  conditionReasons: boolean;
  tieBreak?: 'ascending' | 'descending';
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { conditionReasons: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--condition-reasons') options.conditionReasons = true;
    else if (arg === '--tie-break') {
      const value = args[++i];
      if (value !== 'asc' && value !== 'desc')
        return '--tie-break needs asc or desc';
      options.tieBreak = value === 'asc' ? 'ascending' : 'descending';
    } else return `unexpected argument "${arg}"`;
  }
  return options;
}

// A UID whose FNV-32a parity gives the wanted tie-break ("" hashes even).
const UID_FOR: Record<'ascending' | 'descending', string> = {
  ascending: '',
  descending: 'b',
};

function withConditionReason(result: PlacementPreview): PlacementPreview {
  if (result.schedulable) return result;
  return {
    ...result,
    error: {
      ...result.error,
      reason: result.error.conditionReason,
    } as typeof result.error,
  };
}

interface Job {
  snapshot: FleetSnapshot;
  request: ScheduleRequest;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function prefixed(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

// The contract's request has `clusters` and `placement` (an empty fleet is
// `[]`, Karmada's defaults `{}`); the engine's own validation lets them out.
function requireFields(
  input: Record<string, unknown>,
  fields: string[],
  path: string,
): void {
  for (const field of fields) {
    if (input[field] === undefined || input[field] === null) {
      const hint =
        field === 'placement' ? " (give {} for Karmada's defaults)" : '';
      throw new KarmadaInputError([
        { path: prefixed(path, field), reason: `required value${hint}` },
      ]);
    }
  }
}

// One request with its own fleet (`path` prefixes error paths, e.g. `[3]`).
function singleJob(input: unknown, path: string): Job {
  if (!isObject(input)) {
    throw new KarmadaInputError([{ path, reason: 'must be an object' }]);
  }
  requireFields(input, ['clusters', 'placement'], path);
  const snapshot = createFleetSnapshot(input.clusters, {
    path: prefixed(path, 'clusters'),
  });
  return { snapshot, request: validateScheduleRequest(input, path) };
}

// Validates everything first, so malformed input fails before any output.
function jobsOf(input: unknown): { jobs: Job[]; many: boolean } {
  if (Array.isArray(input)) {
    return {
      jobs: input.map((item, i) => singleJob(item, `[${i}]`)),
      many: true,
    };
  }
  if (isObject(input) && input.requests !== undefined) {
    if (!Array.isArray(input.requests)) {
      throw new KarmadaInputError([
        { path: 'requests', reason: 'must be an array' },
      ]);
    }
    requireFields(input, ['clusters'], '');
    const snapshot = createFleetSnapshot(input.clusters, {
      path: 'clusters',
    });
    const jobs = input.requests.map((r, i) => {
      if (isObject(r)) requireFields(r, ['placement'], `requests[${i}]`);
      if (isObject(r) && r.clusters !== undefined) {
        throw new KarmadaInputError([
          {
            path: `requests[${i}].clusters`,
            reason:
              'a batch has one fleet: give clusters at the top level only',
          },
        ]);
      }
      return {
        snapshot,
        request: validateScheduleRequest(r, `requests[${i}]`),
      };
    });
    return { jobs, many: true };
  }
  return { jobs: [singleJob(input, '')], many: false };
}

/**
 * `karmada-preview schedule`: previews Karmada's scheduling decision for
 * requests read as JSON on stdin (the contract in DESIGN.md). Exit 2 with a
 * one-line message naming the field on malformed input, else 0.
 *
 * @public
 */
export const schedule: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.stderr(`karmada-preview: schedule: ${options}\n${USAGE}`);
    return 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(await io.readStdin());
  } catch (e) {
    io.stderr(
      `karmada-preview: stdin: not valid JSON (${
        e instanceof Error ? e.message : String(e)
      })\n`,
    );
    return 2;
  }
  let results: PlacementPreview[];
  let many: boolean;
  try {
    const parsed = jobsOf(input);
    many = parsed.many;
    results = parsed.jobs.map(job => {
      const request = options.tieBreak
        ? { ...job.request, bindingUID: UID_FOR[options.tieBreak] }
        : job.request;
      const result = previewPlacement(job.snapshot, request);
      return options.conditionReasons ? withConditionReason(result) : result;
    });
  } catch (e) {
    if (e instanceof KarmadaInputError) {
      io.stderr(`karmada-preview: ${e.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return 2;
    }
    throw e;
  }
  io.stdout(`${JSON.stringify(many ? results : results[0], null, 2)}\n`);
  return 0;
};
