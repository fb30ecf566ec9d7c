// Karmada's ClusterMatches (pkg/util/selector.go) compiled against a fleet
// snapshot: exclude, label selector, field selector, cluster names, ANDed, in
// that order. Each part can say, in plain words, why a cluster fails it.
import type { ClusterAffinity, FieldSelectorRequirement } from '../types';
import {
  LabelRequirement,
  compileLabelSelector,
  compileRequirement,
  matchZones,
  requirementMatches,
} from '../selectors';
import type { FleetSnapshot } from './snapshot';
import type { ValueColumn } from './fleetIndex';

/** A cluster affinity ready to test snapshot clusters by index. */
export interface CompiledAffinity {
  matches(clusterIndex: number): boolean;
  /** 1 per matching cluster, 0 otherwise (snapshot index order). */
  mask(): Uint8Array;
  /** Why the cluster does not match: the first failing part, in Karmada's order. */
  explain(clusterIndex: number): string;
}

interface Part {
  test(i: number): boolean;
  why(i: number): string;
  /**
   * For every cluster still matching (`mask[i]` 1) that fails this part:
   * clears `mask[i]` and records the part's number in `failedAt[i]`. A tight
   * loop over columns.
   */
  apply?(mask: Uint8Array, failedAt: Int32Array, part: number): void;
}

function oneOf(values: readonly string[]): string {
  return values.length === 1 ? values[0] : `one of ${values.join(', ')}`;
}

function nameMask(
  names: readonly string[],
  snapshot: FleetSnapshot,
): Uint8Array {
  const mask = new Uint8Array(snapshot.clusters.length);
  for (const n of names) {
    const i = snapshot.index.byName.get(n);
    if (i !== undefined) mask[i] = 1;
  }
  return mask;
}

function requirementReason(
  what: string,
  subject: string,
  req: LabelRequirement,
  value: string | undefined,
): string {
  const absent =
    subject === 'label' ? `label ${what} is missing` : `cluster has no ${what}`;
  const named =
    subject === 'label' ? `label ${what} is ${value}` : `${what} ${value}`;
  switch (req.operator) {
    case 'In':
      if (value === undefined) return `${absent} (needs ${oneOf(req.values)})`;
      return subject === 'label'
        ? `${named}, not one of ${req.values.join(', ')}`
        : `${named} is not one of ${req.values.join(', ')}`;
    case 'NotIn':
      return `${named}, which is excluded`;
    case 'Exists':
      return absent;
    case 'DoesNotExist':
      return `${
        subject === 'label' ? 'label ' : ''
      }${what} is set (${value}) but must be absent`;
    default:
      return `${value === undefined ? absent : named}, not ${
        req.operator === 'Gt' ? 'greater' : 'less'
      } than ${req.values[0]}`;
  }
}

// A requirement over an interned column: one lookup per cluster, and one
// message per distinct value at most.
function columnPart(
  req: LabelRequirement,
  column: ValueColumn | undefined,
  reason: (value: string | undefined) => string,
): Part {
  const values = column?.values ?? [];
  const allowed = new Uint8Array(values.length);
  values.forEach((v, id) => {
    allowed[id] = requirementMatches(req, { [req.key]: v }) ? 1 : 0;
  });
  const missingOk = requirementMatches(req, {});
  const messages: Array<string | undefined> = new Array(values.length);
  let missingMessage: string | undefined;
  const col = column?.column;
  return {
    test: i => {
      const id = col ? col[i] : -1;
      return id < 0 ? missingOk : allowed[id] === 1;
    },
    apply: (mask, failedAt, part) => {
      for (let i = 0; i < mask.length; i++) {
        if (mask[i] === 0) continue;
        const id = col ? col[i] : -1;
        if (id < 0 ? !missingOk : allowed[id] === 0) {
          mask[i] = 0;
          failedAt[i] = part;
        }
      }
    },
    why: i => {
      const id = col ? col[i] : -1;
      if (id < 0) return (missingMessage ??= reason(undefined));
      return (messages[id] ??= reason(values[id]));
    },
  };
}

function failingPart(message: string): Part {
  return { test: () => false, why: () => message };
}

function zoneReason(
  expr: FieldSelectorRequirement,
  zones: readonly string[],
): string {
  const values = expr.values ?? [];
  switch (expr.operator) {
    case 'In':
      if (zones.length === 0)
        return `cluster has no zones (needs ${oneOf(values)})`;
      return zones.length === 1
        ? `zone ${zones[0]} is not ${oneOf(values)}`
        : `zones ${zones.join(', ')} are not among ${values.join(', ')}`;
    case 'NotIn':
      return `zone ${zones.find(z => values.includes(z))} is excluded`;
    case 'Exists':
      return 'cluster has no zones';
    case 'DoesNotExist':
      return `cluster has zones (${zones.join(', ')}) but must have none`;
    default:
      return `zone operator "${expr.operator}" is not supported, so it matches no cluster`;
  }
}

function fieldParts(
  expressions: FieldSelectorRequirement[],
  snapshot: FleetSnapshot,
): Part[] {
  const { clusters, index } = snapshot;
  const parts: Part[] = [];
  // Karmada checks the zone expressions first, then the others as one selector.
  for (const expr of expressions) {
    if (expr.key !== 'zone') continue;
    parts.push({
      test: i => matchZones(expr, clusters[i].zones as string[]),
      why: i => zoneReason(expr, clusters[i].zones),
    });
  }
  const others: Part[] = [];
  for (const expr of expressions) {
    if (expr.key === 'zone') continue;
    const req = compileRequirement(expr, true);
    if ('error' in req) {
      // An invalid expression makes the whole provider/region selector fail.
      return [
        ...parts,
        failingPart(
          `field selector is invalid (${expr.key}: ${req.error}), so it matches no cluster`,
        ),
      ];
    }
    const columns: Record<string, ValueColumn | undefined> = {
      provider: index.provider,
      region: index.region,
    };
    const column = Object.prototype.hasOwnProperty.call(columns, expr.key)
      ? columns[expr.key]
      : undefined;
    const known = column !== undefined;
    others.push(
      columnPart(req, column, v =>
        known
          ? requirementReason(expr.key, 'field', req, v)
          : `${expr.key} is not a cluster field (only provider, region and zone are), so it is never set`,
      ),
    );
  }
  return [...parts, ...others];
}

/** Compiles a ClusterAffinity for one request over a snapshot. */
export function compileAffinity(
  affinity: ClusterAffinity,
  snapshot: FleetSnapshot,
): CompiledAffinity {
  const parts: Part[] = [];
  if (affinity.exclude && affinity.exclude.length > 0) {
    const mask = nameMask(affinity.exclude, snapshot);
    parts.push({ test: i => mask[i] === 0, why: () => 'excluded by name' });
  }
  if (affinity.labelSelector) {
    const compiled = compileLabelSelector(affinity.labelSelector);
    if ('error' in compiled) {
      parts.push(
        failingPart(
          `label selector is invalid (${compiled.error}), so it matches no cluster`,
        ),
      );
    } else {
      for (const req of compiled) {
        const column = snapshot.index.labels.get(req.key);
        parts.push(
          columnPart(req, column, v =>
            requirementReason(req.key, 'label', req, v),
          ),
        );
      }
    }
  }
  if (affinity.fieldSelector) {
    parts.push(
      ...fieldParts(affinity.fieldSelector.matchExpressions ?? [], snapshot),
    );
  }
  if (affinity.clusterNames && affinity.clusterNames.length > 0) {
    const mask = nameMask(affinity.clusterNames, snapshot);
    parts.push({
      test: i => mask[i] === 1,
      why: () => 'not in the named clusters',
    });
  }
  // The whole fleet is tested at once, part by part, the first time it is
  // asked; each failing cluster remembers which part it failed first.
  let mask: Uint8Array | undefined;
  let failedAt: Int32Array | undefined;
  const computeMask = (): Uint8Array => {
    const out = new Uint8Array(snapshot.clusters.length).fill(1);
    const failed = new Int32Array(snapshot.clusters.length);
    parts.forEach((part, p) => {
      if (part.apply) {
        part.apply(out, failed, p);
        return;
      }
      for (let i = 0; i < out.length; i++) {
        if (out[i] === 1 && !part.test(i)) {
          out[i] = 0;
          failed[i] = p;
        }
      }
    });
    failedAt = failed;
    return out;
  };
  return {
    matches: i => (mask ??= computeMask())[i] === 1,
    mask: () => (mask ??= computeMask()),
    explain: i => {
      mask ??= computeMask();
      if (mask[i] === 1 || !failedAt) return 'matches';
      return parts[failedAt[i]].why(i);
    },
  };
}
