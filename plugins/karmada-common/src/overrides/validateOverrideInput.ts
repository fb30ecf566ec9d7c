// Shape checks for override engine input given as wire-format JSON (CLI,
// HTTP): the types the Karmada API server's schema would enforce, so that
// malformed input is reported by field path instead of being guessed at.
import { isRecord } from './objects';

/**
 * A problem with an input field.
 *
 * @public
 */
export interface InputIssue {
  /** Dotted path, e.g. `overridePolicies[0].spec.overrideRules[1].overriders.imageOverrider[0].component`. */
  path: string;
  reason: string;
}

type Check = (value: unknown, path: string, issues: InputIssue[]) => void;

const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

const string: Check = (v, path, issues) => {
  if (typeof v !== 'string') issues.push({ path, reason: 'must be a string' });
};
// Any JSON value (patch values are free-form).
const anyValue: Check = () => {};
const listOf =
  (item: Check): Check =>
  (v, path, issues) => {
    if (!Array.isArray(v)) issues.push({ path, reason: 'must be a list' });
    else v.forEach((x, i) => item(x, `${path}[${i}]`, issues));
  };
const mapOf =
  (item: Check): Check =>
  (v, path, issues) => {
    if (!isRecord(v)) issues.push({ path, reason: 'must be an object' });
    else
      Object.entries(v).forEach(([k, x]) =>
        item(x, `${path}[${JSON.stringify(k)}]`, issues),
      );
  };
const object =
  (fields: Record<string, Check>, required: string[] = []): Check =>
  (v, path, issues) => {
    if (!isRecord(v)) {
      issues.push({ path, reason: 'must be an object' });
      return;
    }
    for (const key of required)
      if (v[key] === undefined)
        issues.push({ path: at(path, key), reason: 'is required' });
    for (const [key, check] of Object.entries(fields)) {
      if (v[key] !== undefined && v[key] !== null)
        check(v[key], at(path, key), issues);
    }
  };
const oneOf =
  (allowed: string[]): Check =>
  (v, path, issues) => {
    if (typeof v !== 'string' || !allowed.includes(v))
      issues.push({ path, reason: `must be one of ${allowed.join(', ')}` });
  };

const labelSelector = object({
  matchLabels: mapOf(string),
  matchExpressions: listOf(
    object({ key: string, operator: string, values: listOf(string) }, [
      'key',
      'operator',
    ]),
  ),
});
const clusterAffinity = object({
  labelSelector,
  fieldSelector: object({
    matchExpressions: listOf(
      object({ key: string, operator: string, values: listOf(string) }, [
        'key',
        'operator',
      ]),
    ),
  }),
  clusterNames: listOf(string),
  exclude: listOf(string),
});
const patchOperation = object(
  { subPath: string, operator: string, value: anyValue },
  ['subPath', 'operator'],
);
const overriders = object({
  plaintext: listOf(
    object({ path: string, operator: string, value: anyValue }, [
      'path',
      'operator',
    ]),
  ),
  imageOverrider: listOf(
    object(
      {
        predicate: object({ path: string }, ['path']),
        component: string,
        operator: string,
        value: string,
      },
      ['component', 'operator'],
    ),
  ),
  commandOverrider: listOf(
    object({ containerName: string, operator: string, value: listOf(string) }, [
      'containerName',
      'operator',
    ]),
  ),
  argsOverrider: listOf(
    object({ containerName: string, operator: string, value: listOf(string) }, [
      'containerName',
      'operator',
    ]),
  ),
  labelsOverrider: listOf(
    object({ operator: string, value: mapOf(string) }, ['operator']),
  ),
  annotationsOverrider: listOf(
    object({ operator: string, value: mapOf(string) }, ['operator']),
  ),
  fieldOverrider: listOf(
    object(
      {
        fieldPath: string,
        json: listOf(patchOperation),
        yaml: listOf(patchOperation),
      },
      ['fieldPath'],
    ),
  ),
});
const overridePolicy = object(
  {
    kind: oneOf(['OverridePolicy', 'ClusterOverridePolicy']),
    metadata: object({ name: string, namespace: string }, ['name']),
    spec: object({
      resourceSelectors: listOf(
        object(
          {
            apiVersion: string,
            kind: string,
            namespace: string,
            name: string,
            labelSelector,
          },
          ['apiVersion', 'kind'],
        ),
      ),
      overrideRules: listOf(
        object({ targetCluster: clusterAffinity, overriders }, ['overriders']),
      ),
      targetCluster: clusterAffinity,
      overriders,
    }),
  },
  ['kind', 'metadata'],
);
const cluster = object(
  {
    metadata: object({ name: string, labels: mapOf(string) }, ['name']),
    spec: object({
      provider: string,
      region: string,
      zone: string,
      zones: listOf(string),
    }),
  },
  ['metadata'],
);

/**
 * Problems with an override engine input `{resource, cluster,
 * overridePolicies}`, each named by field path under `path`.
 *
 * @public
 */
export function overrideInputIssues(input: unknown, path = ''): InputIssue[] {
  const issues: InputIssue[] = [];
  object(
    { resource: object({}), cluster, overridePolicies: listOf(overridePolicy) },
    ['resource', 'cluster'],
  )(input, path, issues);
  return issues;
}

/**
 * Problems with one (Cluster)OverridePolicy in wire format.
 *
 * @public
 */
export function overridePolicyIssues(policy: unknown, path = ''): InputIssue[] {
  const issues: InputIssue[] = [];
  overridePolicy(policy, path, issues);
  return issues;
}
