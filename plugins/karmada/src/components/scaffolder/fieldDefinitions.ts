import type { FieldExtensionOptions } from '@backstage/plugin-scaffolder-react';
import {
  KarmadaDifferentialField,
  validateKarmadaDifferential,
} from './KarmadaDifferentialField';
import {
  KarmadaLifecycleField,
  validateKarmadaLifecycle,
} from './KarmadaLifecycleField';
import {
  KarmadaPlacementField,
  validateKarmadaPlacement,
} from './KarmadaPlacementField';
import {
  KarmadaProbesField,
  validateKarmadaProbes,
} from './KarmadaProbesField';
import {
  KarmadaResourcesField,
  validateKarmadaResources,
} from './KarmadaResourcesField';
import {
  KarmadaReviewField,
  validateKarmadaReview,
} from './KarmadaReviewField';

// One definition per field, shared by the new frontend system (FormFieldBlueprint
// in alpha/formFields.ts) and legacy apps (fieldExtensions.ts), so both
// register the same name, component and validation.

/**
 * `ui:field: KarmadaPlacement` — basic information, placement, replica scheduling, live preview.
 *
 * @public
 */
export const karmadaPlacementFieldOptions = {
  name: 'KarmadaPlacement',
  component: KarmadaPlacementField,
  validation: validateKarmadaPlacement,
} as FieldExtensionOptions<any, any>;

/**
 * `ui:field: KarmadaDifferentialConfig` — per-cluster overrides with each cluster's diff.
 *
 * @public
 */
export const karmadaDifferentialConfigFieldOptions = {
  name: 'KarmadaDifferentialConfig',
  component: KarmadaDifferentialField,
  validation: validateKarmadaDifferential,
} as FieldExtensionOptions<any, any>;

/**
 * `ui:field: KarmadaProbes` — liveness, readiness and startup probes.
 *
 * @public
 */
export const karmadaProbesFieldOptions = {
  name: 'KarmadaProbes',
  component: KarmadaProbesField,
  validation: validateKarmadaProbes,
} as FieldExtensionOptions<any, any>;

/**
 * `ui:field: KarmadaLifecycle` — postStart and preStop hooks.
 *
 * @public
 */
export const karmadaLifecycleFieldOptions = {
  name: 'KarmadaLifecycle',
  component: KarmadaLifecycleField,
  validation: validateKarmadaLifecycle,
} as FieldExtensionOptions<any, any>;

/**
 * `ui:field: KarmadaResources` — requests and limits with quantity validation.
 *
 * @public
 */
export const karmadaResourcesFieldOptions = {
  name: 'KarmadaResources',
  component: KarmadaResourcesField,
  validation: validateKarmadaResources,
} as FieldExtensionOptions<any, any>;

/**
 * `ui:field: KarmadaReview` — rendered YAML, expected placement, dependencies.
 *
 * @public
 */
export const karmadaReviewFieldOptions = {
  name: 'KarmadaReview',
  component: KarmadaReviewField,
  validation: validateKarmadaReview,
} as FieldExtensionOptions<any, any>;

/**
 * Every Karmada scaffolder field.
 *
 * @public
 */
export const karmadaFieldOptions = [
  karmadaPlacementFieldOptions,
  karmadaDifferentialConfigFieldOptions,
  karmadaProbesFieldOptions,
  karmadaLifecycleFieldOptions,
  karmadaResourcesFieldOptions,
  karmadaReviewFieldOptions,
];
