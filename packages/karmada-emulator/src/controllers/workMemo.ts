import {
  Cluster,
  KubernetesObject,
  OverridePolicy,
  ResourceBinding,
  TargetCluster,
} from '@karmada-backstage/plugin-karmada-common';
import { RB_PERMANENT_ID_LABEL } from './karmadaMetadata';
import { sameSpecification } from './specificationChanged';

/**
 * Everything `buildWork` reads to make one cluster's Work.
 *
 * @public
 */
export interface WorkInputs {
  template: KubernetesObject;
  binding: ResourceBinding;
  target: TargetCluster;
  cluster: Cluster;
  overridePolicies: OverridePolicy[];
  suspendDispatching: boolean;
}

/** The parts of a binding a Work is made of (its placement, status and template reference are not). */
function sameBindingParts(a: ResourceBinding, b: ResourceBinding): boolean {
  return (
    a.metadata.namespace === b.metadata.namespace &&
    a.metadata.name === b.metadata.name &&
    a.metadata.labels?.[RB_PERMANENT_ID_LABEL] ===
      b.metadata.labels?.[RB_PERMANENT_ID_LABEL] &&
    a.spec.replicas === b.spec.replicas &&
    (a.spec.replicaRequirements === undefined) ===
      (b.spec.replicaRequirements === undefined) &&
    a.spec.conflictResolution === b.spec.conflictResolution &&
    a.spec.preserveResourcesOnDeletion === b.spec.preserveResourcesOnDeletion
  );
}

function sameInputs(a: WorkInputs, b: WorkInputs): boolean {
  return (
    a.cluster === b.cluster &&
    a.suspendDispatching === b.suspendDispatching &&
    a.target.name === b.target.name &&
    a.target.replicas === b.target.replicas &&
    a.overridePolicies.length === b.overridePolicies.length &&
    a.overridePolicies.every((p, i) => p === b.overridePolicies[i]) &&
    sameBindingParts(a.binding, b.binding) &&
    // Stored objects are frozen, so a status write shares the rest: mostly an identity check.
    sameSpecification(a.template, b.template)
  );
}

/**
 * What each Work was last built from, so that a binding reconciled for a
 * reason that does not concern a Work (its status, its template's status,
 * another cluster's override) neither runs the override engine nor writes
 * that Work again. A Work is reused only while it is still exactly what
 * was written (its status aside).
 *
 * @public
 */
export class WorkMemo {
  private readonly built = new Map<
    string,
    { inputs: WorkInputs; work: KubernetesObject }
  >();

  /** Whether the stored Work `current` is what these inputs would build. */
  holds(
    key: string,
    inputs: WorkInputs,
    current: KubernetesObject | undefined,
  ): boolean {
    const last = this.built.get(key);
    return (
      last !== undefined &&
      current !== undefined &&
      sameSpecification(last.work, current) &&
      sameInputs(last.inputs, inputs)
    );
  }

  /** Records the stored Work built from the inputs. */
  remember(key: string, inputs: WorkInputs, work: KubernetesObject): void {
    this.built.set(key, { inputs, work });
  }

  /** Forgets a Work (it was deleted). */
  forget(key: string): void {
    this.built.delete(key);
  }
}
