import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { StructuralSchema } from '../schema/StructuralSchema';
import { NameRule } from '../validation/validateObjectMeta';
import { FieldError } from './fieldErrors';

/**
 * Which changes bump `metadata.generation`: none (the kind has no
 * generation, like ConfigMap), the spec, the spec or annotations
 * (Deployment), or anything outside metadata and status (custom resources).
 *
 * @public
 */
export type GenerationPolicy =
  | 'none'
  | 'spec'
  | 'specAndAnnotations'
  | 'allButMetadata';

/**
 * What the API server does with one kind beyond its schema: the registry
 * strategy (defaults, validation, generation) and the admission webhooks
 * Karmada installs for it.
 *
 * @public
 */
export interface ResourceStrategy {
  nameRule: NameRule;
  generation: GenerationPolicy;
  /** With a status subresource, writes to the main resource keep the old status. */
  statusSubresource: boolean;
  /** Server-side defaults beyond the schema's `default`s. */
  defaults?(object: KubernetesObject): void;
  /** Kind-specific validation (the registry's ValidateCreate/ValidateUpdate). */
  validate?(
    object: KubernetesObject,
    old: KubernetesObject | undefined,
  ): FieldError[];
  /** A mutating admission webhook (Karmada's), on create and update. */
  mutate?(object: KubernetesObject, old: KubernetesObject | undefined): void;
  /** A validating admission webhook: the denial message, or undefined to admit. */
  admit?(
    object: KubernetesObject,
    old: KubernetesObject | undefined,
  ): string | undefined;
  /** The webhook's name in denial messages. */
  webhookName?: string;
}

/**
 * One resource the emulator serves (a row of an APIResourceList).
 *
 * @public
 */
export interface ResourceType {
  group: string;
  version: string;
  /** `group/version`, or `version` for the core group. */
  apiVersion: string;
  /** The plural resource name used in paths. */
  resource: string;
  singularName: string;
  kind: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  verbs: string[];
  /** False for kinds only the emulator writes (clusters, bindings, works). */
  clientWritable: boolean;
  schema: StructuralSchema;
  strategy: ResourceStrategy;
}

/**
 * `deployments.apps`, or `namespaces` for the core group: how messages name a resource.
 *
 * @public
 */
export function qualifiedResource(type: ResourceType): string {
  return type.group ? `${type.resource}.${type.group}` : type.resource;
}

/**
 * `Deployment.apps`, or `Namespace`: how Invalid messages name a kind.
 *
 * @public
 */
export function qualifiedKind(type: ResourceType): string {
  return type.group ? `${type.kind}.${type.group}` : type.kind;
}

/**
 * The store key of a resource type (one version is served per resource).
 *
 * @public
 */
export function typeKey(type: ResourceType): string {
  return `${type.group}/${type.resource}`;
}
