// Beyond Karmada: things in a placement that are legal but probably not
// meant — names the fleet does not have, tolerations that tolerate nothing,
// replica totals people misread.
import type { ClusterAffinity, Placement } from '../types';
import { compileLabelSelector } from '../selectors';
import type { FleetSnapshot } from './snapshot';
import type { PlacementWarning, AssignmentStrategy } from './types';
import { toleratesTaint } from './plugins/taintToleration';

function affinitiesOf(
  placement: Placement,
): Array<{ path: string; affinity: ClusterAffinity }> {
  const out: Array<{ path: string; affinity: ClusterAffinity }> = [];
  if (placement.clusterAffinity)
    out.push({
      path: 'placement.clusterAffinity',
      affinity: placement.clusterAffinity,
    });
  placement.clusterAffinities?.forEach((term, i) => {
    const base = `placement.clusterAffinities[${i}]`;
    out.push({ path: base, affinity: term });
    term.overflowAffinities?.forEach((o, j) =>
      out.push({ path: `${base}.overflowAffinities[${j}]`, affinity: o }),
    );
  });
  placement.replicaScheduling?.weightPreference?.staticWeightList?.forEach(
    (rule, i) => {
      out.push({
        path: `placement.replicaScheduling.weightPreference.staticWeightList[${i}].targetCluster`,
        affinity: rule.targetCluster,
      });
    },
  );
  return out;
}

function affinityWarnings(
  path: string,
  affinity: ClusterAffinity,
  snapshot: FleetSnapshot,
): PlacementWarning[] {
  const { index } = snapshot;
  const out: PlacementWarning[] = [];
  for (const field of ['clusterNames', 'exclude'] as const) {
    const unknown = (affinity[field] ?? []).filter(n => !index.byName.has(n));
    if (unknown.length > 0) {
      out.push({
        code: 'unknown-cluster',
        path: `${path}.${field}`,
        message: `no cluster in the fleet is named ${unknown.join(', ')}`,
      });
    }
  }
  if (affinity.labelSelector) {
    const compiled = compileLabelSelector(affinity.labelSelector);
    if ('error' in compiled) {
      out.push({
        code: 'invalid-label-selector',
        path: `${path}.labelSelector`,
        message: `the label selector is invalid (${compiled.error}): Karmada accepts it, and it matches no cluster`,
      });
    } else {
      for (const req of compiled) {
        const column = index.labels.get(req.key);
        if (!column) {
          // NotIn and DoesNotExist hold for a cluster without the label, so
          // over a fleet that never has it they match every cluster: nothing
          // the author should fix.
          if (req.operator === 'NotIn' || req.operator === 'DoesNotExist')
            continue;
          out.push({
            code: 'unknown-label-key',
            path: `${path}.labelSelector`,
            message: `no cluster in the fleet has the label ${req.key}`,
          });
          continue;
        }
        const unknown = req.values.filter(v => !column.ids.has(v));
        if (
          unknown.length > 0 &&
          (req.operator === 'In' || req.operator === 'NotIn')
        ) {
          out.push({
            code: 'unknown-label-value',
            path: `${path}.labelSelector`,
            message: `no cluster in the fleet has ${req.key}=${unknown.join(
              ` or ${req.key}=`,
            )}`,
          });
        }
      }
    }
  }
  for (const expr of affinity.fieldSelector?.matchExpressions ?? []) {
    const knownByKey = new Map<string, { has(value: string): boolean }>([
      ['provider', index.provider.ids],
      ['region', index.region.ids],
      ['zone', index.zones],
    ]);
    const known = knownByKey.get(expr.key);
    if (!known) {
      out.push({
        code: 'unsupported-field',
        path: `${path}.fieldSelector`,
        message: `${expr.key} is not a cluster field (provider, region, zone)`,
      });
      continue;
    }
    const unknown = (expr.values ?? []).filter(v => !known.has(v));
    if (unknown.length > 0) {
      out.push({
        code: `unknown-${expr.key}`,
        path: `${path}.fieldSelector`,
        message: `no cluster in the fleet has ${expr.key} ${unknown.join(
          ', ',
        )}`,
      });
    }
  }
  return out;
}

function tolerationWarnings(
  placement: Placement,
  snapshot: FleetSnapshot,
): PlacementWarning[] {
  const out: PlacementWarning[] = [];
  placement.clusterTolerations?.forEach((tol, i) => {
    const path = `placement.clusterTolerations[${i}]`;
    const op = tol.operator ?? '';
    if (op !== '' && op !== 'Equal' && op !== 'Exists') {
      out.push({
        code: 'toleration-operator',
        path,
        message: `operator "${op}" is neither Exists nor Equal, so it tolerates nothing`,
      });
    } else if (!snapshot.index.taints.some(t => toleratesTaint(tol, t))) {
      out.push({
        code: 'unused-toleration',
        path,
        message:
          'this toleration matches no NoSchedule/NoExecute taint in the fleet',
      });
    }
  });
  return out;
}

/** Facts about the result the count warnings need. */
export interface ResultFacts {
  strategy: AssignmentStrategy;
  replicas: number;
  schedulable: boolean;
  /** Clusters in the result. */
  resultCount: number;
  /** Clusters the selection stage kept. */
  selectedCount: number;
  /** Sum of the selected clusters' available replicas (as a true sum). */
  selectedAvailable: number;
  /** Some cluster failed several filters and Karmada's message may differ. */
  ambiguousMessage: boolean;
}

/** Warnings about a placement over a fleet, and about its result. */
export function placementWarnings(
  placement: Placement,
  snapshot: FleetSnapshot,
  facts: ResultFacts,
): PlacementWarning[] {
  const out: PlacementWarning[] = [];
  for (const { path, affinity } of affinitiesOf(placement))
    out.push(...affinityWarnings(path, affinity, snapshot));
  out.push(...tolerationWarnings(placement, snapshot));
  const { strategy, replicas, resultCount } = facts;
  if (
    facts.schedulable &&
    strategy === 'Duplicated' &&
    replicas > 0 &&
    resultCount > 1
  ) {
    out.push({
      code: 'duplicated-total',
      path: 'placement.replicaScheduling',
      message: `Duplicated: each of the ${resultCount} clusters runs all ${replicas} replicas (${
        resultCount * replicas
      } in total)`,
    });
  }
  if (
    facts.schedulable &&
    strategy !== 'Duplicated' &&
    replicas > 0 &&
    replicas < facts.selectedCount
  ) {
    out.push({
      code: 'divided-fewer-replicas',
      path: 'replicas',
      message: `Divided: ${replicas} replicas over ${
        facts.selectedCount
      } clusters leaves ${
        facts.selectedCount - resultCount
      } of them without replicas`,
    });
  }
  // Only a capacity check adds them up (SEMANTICS §9.5): with 0 replicas
  // nothing is estimated (§7, every cluster counts as MaxInt32) and nothing
  // is checked.
  if (
    (strategy === 'DynamicWeight' || strategy === 'Aggregated') &&
    replicas > 0 &&
    facts.selectedAvailable > 2147483647
  ) {
    out.push({
      code: 'int32-overflow',
      message: `Karmada adds available replicas as int32: ${facts.selectedAvailable} overflows, which changes its capacity check`,
    });
  }
  if (!facts.schedulable && facts.ambiguousMessage) {
    out.push({
      code: 'nondeterministic-message',
      message:
        "some clusters fail several filters; Karmada's plugin order varies per scheduler process, so its message may count another reason for them",
    });
  }
  return out;
}
