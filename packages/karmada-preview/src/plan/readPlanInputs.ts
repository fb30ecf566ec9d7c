import { readFile } from 'node:fs/promises';
import YAML from 'yaml';
import {
  KarmadaInputError,
  KubernetesObject,
  OverridePolicy,
  overridePolicyIssues,
} from '@karmada-backstage/plugin-karmada-common';
import { PlanInputs } from './types';

/**
 * The files `plan` was given on its command line.
 *
 * @public
 */
export interface PlanFiles {
  clusters: string;
  policy: string;
  /** Each may hold several policies: multi-document YAML, or a List. */
  overrides: string[];
  workload: string;
}

const OVERRIDE_KINDS = ['OverridePolicy', 'ClusterOverridePolicy'];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A parsed document with the label its fields are reported under. */
interface Doc {
  value: unknown;
  /** `''`, `(document 2)`, `items[3]` or `(document 2) items[3]`. */
  where: string;
}

async function readDocuments(file: string): Promise<Doc[]> {
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
  // YAML is a superset of JSON, so one parser reads both.
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
  return docs
    .map((d, i) => ({
      value: d.toJS() as unknown,
      where: docs.length > 1 ? `(document ${i + 1})` : '',
    }))
    .filter(d => d.value !== null && d.value !== undefined);
}

/** Documents with Lists (and bare arrays) opened up into their items. */
function flatten(docs: Doc[]): Doc[] {
  return docs.flatMap(doc => {
    let items: unknown[];
    let prefix = '';
    if (Array.isArray(doc.value)) items = doc.value;
    else if (isObject(doc.value) && Array.isArray(doc.value.items)) {
      items = doc.value.items;
      prefix = 'items';
    } else return [doc];
    return items.map((value, i) => ({
      value,
      where: [doc.where, `${prefix}[${i}]`].filter(Boolean).join(' '),
    }));
  });
}

function single(docs: Doc[], kinds: string[], file: string): KubernetesObject {
  const found = flatten(docs).find(
    d => isObject(d.value) && kinds.includes(String(d.value.kind)),
  );
  if (!found)
    throw new KarmadaInputError([
      { path: file, reason: `has no ${kinds.join(' or ')}` },
    ]);
  return found.value as KubernetesObject;
}

/**
 * The (Cluster)OverridePolicies of one --overrides file, shape-checked the
 * way the Karmada API server's schema would check them. Other kinds are
 * skipped, so a whole rendered workload (Deployment + policies) can be given.
 */
function overridePolicies(docs: Doc[], file: string): OverridePolicy[] {
  const found = flatten(docs).filter(
    d => isObject(d.value) && OVERRIDE_KINDS.includes(String(d.value.kind)),
  );
  if (found.length === 0)
    throw new KarmadaInputError([
      {
        path: `--overrides ${file}`,
        reason: 'has no OverridePolicy or ClusterOverridePolicy',
      },
    ]);
  for (const doc of found) {
    const [issue] = overridePolicyIssues(doc.value);
    if (issue)
      throw new KarmadaInputError([
        {
          path: `${file}${doc.where ? ` ${doc.where}` : ''}: ${issue.path}`,
          reason: issue.reason,
        },
      ]);
  }
  return found.map(d => d.value as OverridePolicy);
}

/**
 * Reads and parses the files of `plan` (YAML or JSON). Throws a
 * KarmadaInputError whose path starts with the file name on input that
 * cannot be read or is not what the flag expects.
 *
 * @public
 */
export async function readPlanInputs(files: PlanFiles): Promise<PlanInputs> {
  const overrides = await Promise.all(
    files.overrides.map(async file =>
      overridePolicies(await readDocuments(file), file),
    ),
  );
  const clusterDocs = await readDocuments(files.clusters);
  return {
    // One List or array is the fleet; several documents are one Cluster each.
    clusters: flatten(clusterDocs).map(d => d.value),
    policy: single(
      await readDocuments(files.policy),
      ['PropagationPolicy', 'ClusterPropagationPolicy'],
      files.policy,
    ),
    workload: single(
      await readDocuments(files.workload),
      ['Deployment'],
      files.workload,
    ),
    overridePolicies: overrides.flat(),
    files: {
      clusters: files.clusters,
      policy: files.policy,
      workload: files.workload,
    },
  };
}
