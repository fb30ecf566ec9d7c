import crdData from '../schemas/karmadaCrdSchemas.json';
import {
  CLUSTER_SCHEMA,
  CONFIG_MAP_SCHEMA,
  DEPLOYMENT_SCHEMA,
  EVENT_SCHEMA,
  NAMESPACE_SCHEMA,
  SECRET_SCHEMA,
  SERVICE_SCHEMA,
} from '../schemas/coreSchemas';
import { OBJECT_META_SCHEMA } from '../schemas/objectMetaSchema';
import { StructuralSchema } from '../schema/StructuralSchema';
import { configMapStrategy, secretStrategy } from '../kinds/configData';
import { customResourceStrategy } from '../kinds/customResource';
import { deploymentStrategy } from '../kinds/deployment';
import { eventStrategy } from '../kinds/event';
import { namespaceStrategy } from '../kinds/namespace';
import {
  admitOverridePolicy,
  mutateOverridePolicy,
} from '../kinds/overridePolicyWebhook';
import {
  admitPropagationPolicy,
  mutatePropagationPolicy,
} from '../kinds/propagationPolicyWebhook';
import { serviceStrategy } from '../kinds/service';
import { mutateResourceBinding, mutateWork } from '../kinds/workWebhooks';
import { ResourceStrategy, ResourceType } from './ResourceType';

interface CrdEntry {
  group: string;
  version: string;
  kind: string;
  plural: string;
  singular: string;
  shortNames: string[];
  categories: string[];
  scope: string;
  statusSubresource: boolean;
  schema: StructuralSchema;
}

const WRITE_VERBS = [
  'create',
  'delete',
  'get',
  'list',
  'patch',
  'update',
  'watch',
];
const READ_VERBS = ['get', 'list', 'watch'];

/** The Karmada webhooks, by kind. */
const WEBHOOKS: Record<
  string,
  Pick<ResourceStrategy, 'mutate' | 'admit' | 'webhookName'>
> = {
  PropagationPolicy: {
    mutate: mutatePropagationPolicy,
    admit: admitPropagationPolicy,
    webhookName: 'propagationpolicy.karmada.io',
  },
  ClusterPropagationPolicy: {
    mutate: mutatePropagationPolicy,
    admit: admitPropagationPolicy,
    webhookName: 'clusterpropagationpolicy.karmada.io',
  },
  OverridePolicy: {
    mutate: mutateOverridePolicy,
    admit: admitOverridePolicy,
    webhookName: 'overridepolicy.karmada.io',
  },
  ClusterOverridePolicy: {
    mutate: mutateOverridePolicy,
    admit: admitOverridePolicy,
    webhookName: 'clusteroverridepolicy.karmada.io',
  },
  ResourceBinding: {
    mutate: mutateResourceBinding,
    webhookName: 'resourcebinding.karmada.io',
  },
  Work: { mutate: mutateWork, webhookName: 'work.karmada.io' },
};

/** Kinds only Karmada's controllers write. */
const CONTROLLER_OWNED = new Set(['ResourceBinding', 'Work']);

function core(
  group: string,
  resource: string,
  kind: string,
  options: {
    namespaced: boolean;
    shortNames?: string[];
    schema: StructuralSchema;
    strategy: ResourceStrategy;
    writable?: boolean;
  },
): ResourceType {
  const version = group === 'cluster.karmada.io' ? 'v1alpha1' : 'v1';
  const writable = options.writable ?? true;
  return {
    group,
    version,
    apiVersion: group ? `${group}/${version}` : version,
    resource,
    singularName: kind.toLowerCase(),
    kind,
    namespaced: options.namespaced,
    shortNames: options.shortNames ?? [],
    categories: [],
    verbs: writable ? WRITE_VERBS : READ_VERBS,
    clientWritable: writable,
    schema: options.schema,
    strategy: options.strategy,
  };
}

function fromCrd(crd: CrdEntry): ResourceType {
  const writable = !CONTROLLER_OWNED.has(crd.kind);
  return {
    group: crd.group,
    version: crd.version,
    apiVersion: `${crd.group}/${crd.version}`,
    resource: crd.plural,
    singularName: crd.singular,
    kind: crd.kind,
    namespaced: crd.scope === 'Namespaced',
    shortNames: crd.shortNames,
    categories: crd.categories,
    verbs: writable ? WRITE_VERBS : READ_VERBS,
    clientWritable: writable,
    // The API server keeps ObjectMeta's fields, whatever the CRD says of metadata.
    schema: {
      ...crd.schema,
      properties: { ...crd.schema.properties, metadata: OBJECT_META_SCHEMA },
    },
    strategy: customResourceStrategy(crd.statusSubresource, WEBHOOKS[crd.kind]),
  };
}

/**
 * Every resource the emulator serves, core kinds first.
 *
 * @public
 */
export function defaultResourceTypes(): ResourceType[] {
  return [
    core('', 'namespaces', 'Namespace', {
      namespaced: false,
      shortNames: ['ns'],
      schema: NAMESPACE_SCHEMA,
      strategy: namespaceStrategy,
    }),
    core('', 'configmaps', 'ConfigMap', {
      namespaced: true,
      shortNames: ['cm'],
      schema: CONFIG_MAP_SCHEMA,
      strategy: configMapStrategy,
    }),
    core('', 'secrets', 'Secret', {
      namespaced: true,
      schema: SECRET_SCHEMA,
      strategy: secretStrategy,
    }),
    core('', 'services', 'Service', {
      namespaced: true,
      shortNames: ['svc'],
      schema: SERVICE_SCHEMA,
      strategy: serviceStrategy,
    }),
    core('', 'events', 'Event', {
      namespaced: true,
      shortNames: ['ev'],
      schema: EVENT_SCHEMA,
      strategy: eventStrategy,
    }),
    core('apps', 'deployments', 'Deployment', {
      namespaced: true,
      shortNames: ['deploy'],
      schema: DEPLOYMENT_SCHEMA,
      strategy: deploymentStrategy,
    }),
    core('cluster.karmada.io', 'clusters', 'Cluster', {
      namespaced: false,
      schema: CLUSTER_SCHEMA,
      strategy: customResourceStrategy(true),
      writable: false,
    }),
    ...(crdData.crds as unknown as CrdEntry[]).map(fromCrd),
  ];
}

/**
 * Looks resource types up by path segments or by apiVersion and kind.
 *
 * @public
 */
export class ResourceRegistry {
  constructor(readonly types: ResourceType[] = defaultResourceTypes()) {}

  /** By group, version and plural resource (from a URL). */
  byResource(
    group: string,
    version: string,
    resource: string,
  ): ResourceType | undefined {
    return this.types.find(
      t =>
        t.group === group && t.version === version && t.resource === resource,
    );
  }

  /** By apiVersion and kind (from an object). */
  byKind(
    apiVersion: string | undefined,
    kind: string | undefined,
  ): ResourceType | undefined {
    return this.types.find(t => t.apiVersion === apiVersion && t.kind === kind);
  }

  /** Whether a group version is served. */
  servesGroupVersion(group: string, version: string): boolean {
    return this.types.some(t => t.group === group && t.version === version);
  }
}
