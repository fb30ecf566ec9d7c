import {
  detectDependencies,
  KubernetesObject,
  PodTemplateHolder,
  ResourceBinding,
} from '@karmada-backstage/plugin-karmada-common';
import { typeKey } from '../api/ResourceType';
import { StoreEvent } from '../store/EventHistory';
import { specificationChanged } from './specificationChanged';
import { Controller } from './ControlLoop';
import { ControllerContext } from './ControllerContext';
import {
  BINDINGS_BY_DEPENDED_BY,
  TEMPLATES_BY_DEPENDENCY,
} from './controllerIndexes';
import {
  CONTROLLER_MANAGER,
  RB_DEPENDED_BY_LABEL_PREFIX,
  RB_PERMANENT_ID_LABEL,
} from './karmadaMetadata';
import { bindingName, bindingReferenceKey } from './names';

type Snapshot = { namespace: string; name: string; clusters?: unknown[] };

/** Bindings with a placement are the ones a policy made, which may require others. */
function isParent(binding: KubernetesObject): boolean {
  return (
    (binding.spec as { placement?: unknown } | undefined)?.placement !==
    undefined
  );
}

/**
 * Karmada's dependencies distributor for `propagateDeps`: every ConfigMap
 * and Secret a propagated Deployment's pods reference (and that exists)
 * gets an attached ResourceBinding `<name>-configmap` / `<name>-secret`,
 * owned by that object, whose `spec.requiredBy` records each depending
 * binding with its clusters; the binding controller then sends it to the
 * same clusters. When nothing requires it any more it is deleted.
 *
 * @public
 */
export class DependenciesController implements Controller {
  readonly name = 'dependencies';

  constructor(private readonly ctx: ControllerContext) {}

  keysFor(event: StoreEvent): string[] {
    const { types } = this.ctx;
    const meta = event.object.metadata;
    if (event.typeKey === typeKey(types.resourceBindings)) {
      // Status does not decide what a parent requires.
      return isParent(event.object) && specificationChanged(event)
        ? [`${meta?.namespace}/${meta?.name}`]
        : [];
    }
    if (
      event.typeKey === typeKey(types.configMaps) ||
      event.typeKey === typeKey(types.secrets)
    ) {
      // The parents whose template references the object (it may have just appeared).
      return this.ctx
        .byIndex(
          types.deployments,
          TEMPLATES_BY_DEPENDENCY,
          `${event.object.kind}/${meta?.namespace}/${meta?.name}`,
        )
        .map(d => ({
          namespace: d.metadata?.namespace ?? '',
          name: bindingName('Deployment', d.metadata?.name ?? ''),
        }))
        .filter(({ namespace, name }) => {
          const parent = this.ctx.get(types.resourceBindings, namespace, name);
          return parent !== undefined && isParent(parent);
        })
        .map(({ namespace, name }) => `${namespace}/${name}`);
    }
    return [];
  }

  initialKeys(): string[] {
    return this.parentKeys();
  }

  reconcile(key: string): void {
    const [namespace, name] = key.split('/');
    const { types } = this.ctx;
    const parent = this.ctx.get<ResourceBinding>(
      types.resourceBindings,
      namespace,
      name,
    );
    const label = `${RB_DEPENDED_BY_LABEL_PREFIX}${bindingReferenceKey(
      namespace,
      name,
    )}`;
    const wanted = new Map<string, KubernetesObject>();
    if (
      parent &&
      parent.spec.propagateDeps &&
      !parent.metadata.deletionTimestamp
    ) {
      const template = this.ctx.get(
        types.deployments,
        parent.spec.resource.namespace,
        parent.spec.resource.name,
      );
      for (const dep of template
        ? detectDependencies(template as PodTemplateHolder)
        : []) {
        const type =
          dep.kind === 'ConfigMap' ? types.configMaps : types.secrets;
        const object = this.ctx.get(type, dep.namespace, dep.name);
        if (object) wanted.set(bindingName(dep.kind, dep.name), object);
      }
    }
    const snapshot: Snapshot = {
      namespace,
      name,
      clusters: parent?.spec.clusters ?? [],
    };
    for (const [attachedName, object] of wanted) {
      const existing = this.ctx.get<ResourceBinding>(
        types.resourceBindings,
        namespace,
        attachedName,
      );
      this.ctx.upsert(
        types.resourceBindings,
        this.attached(object, existing, snapshot, label, parent),
        CONTROLLER_MANAGER,
      );
    }
    // Bindings this parent no longer requires lose its snapshot, and go when nobody requires them.
    for (const attached of this.ctx.byIndex<ResourceBinding>(
      types.resourceBindings,
      BINDINGS_BY_DEPENDED_BY,
      label,
    )) {
      if (
        attached.metadata.namespace !== namespace ||
        wanted.has(attached.metadata.name ?? '')
      )
        continue;
      const requiredBy = (
        (attached.spec.requiredBy ?? []) as Snapshot[]
      ).filter(s => !(s.namespace === namespace && s.name === name));
      if (requiredBy.length === 0) {
        this.ctx.remove(
          types.resourceBindings,
          namespace,
          attached.metadata.name ?? '',
        );
        continue;
      }
      const labels = { ...attached.metadata.labels };
      delete labels[label];
      this.ctx.upsert(
        types.resourceBindings,
        {
          ...(attached as unknown as KubernetesObject),
          metadata: { ...attached.metadata, labels },
          spec: { ...attached.spec, requiredBy },
        },
        CONTROLLER_MANAGER,
      );
    }
  }

  private attached(
    object: KubernetesObject,
    existing: ResourceBinding | undefined,
    snapshot: Snapshot,
    label: string,
    parent: ResourceBinding | undefined,
  ): KubernetesObject {
    // `mergeBindingSnapshot`: a parent's snapshot is updated in place, a new one appended.
    const requiredBy = [...((existing?.spec.requiredBy ?? []) as Snapshot[])];
    const index = requiredBy.findIndex(
      s => s.namespace === snapshot.namespace && s.name === snapshot.name,
    );
    if (index < 0) requiredBy.push(snapshot);
    else requiredBy[index] = snapshot;
    const ownerReference = {
      apiVersion: 'v1',
      kind: object.kind ?? '',
      name: object.metadata?.name ?? '',
      uid: object.metadata?.uid ?? '',
      controller: true,
      blockOwnerDeletion: true,
    };
    const spec: Record<string, unknown> = {
      ...existing?.spec,
      resource: {
        apiVersion: object.apiVersion,
        kind: object.kind,
        namespace: object.metadata?.namespace,
        name: object.metadata?.name,
        uid: object.metadata?.uid,
        resourceVersion: object.metadata?.resourceVersion,
      },
      requiredBy,
    };
    if (parent?.spec.conflictResolution)
      spec.conflictResolution = parent.spec.conflictResolution;
    return {
      apiVersion: 'work.karmada.io/v1alpha2',
      kind: 'ResourceBinding',
      metadata: {
        ...existing?.metadata,
        name: bindingName(object.kind ?? '', object.metadata?.name ?? ''),
        namespace: object.metadata?.namespace,
        labels: {
          ...existing?.metadata.labels,
          [label]: parent?.metadata.labels?.[RB_PERMANENT_ID_LABEL] ?? '',
        },
        ownerReferences: [ownerReference],
      },
      spec,
    };
  }

  private parentKeys(): string[] {
    return this.ctx
      .list<ResourceBinding>(this.ctx.types.resourceBindings)
      .filter(b => b.spec.placement !== undefined)
      .map(b => `${b.metadata.namespace}/${b.metadata.name}`);
  }
}
