import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import { karmadaPlugin } from '../../plugin';
import {
  karmadaDifferentialConfigFieldOptions,
  karmadaLifecycleFieldOptions,
  karmadaPlacementFieldOptions,
  karmadaProbesFieldOptions,
  karmadaResourcesFieldOptions,
  karmadaReviewFieldOptions,
} from './fieldDefinitions';

// Legacy apps list these inside <ScaffolderFieldExtensions>. Any plugin may
// provide a field extension (provide() only attaches the options to a
// component), so the Karmada plugin provides its own and this package needs
// no dependency on @backstage/plugin-scaffolder.

/**
 * The `KarmadaPlacement` field for legacy apps.
 *
 * @public
 */
export const KarmadaPlacementFieldExtension = karmadaPlugin.provide(
  createScaffolderFieldExtension(karmadaPlacementFieldOptions),
);

/**
 * The `KarmadaDifferentialConfig` field for legacy apps.
 *
 * @public
 */
export const KarmadaDifferentialConfigFieldExtension = karmadaPlugin.provide(
  createScaffolderFieldExtension(karmadaDifferentialConfigFieldOptions),
);

/**
 * The `KarmadaProbes` field for legacy apps.
 *
 * @public
 */
export const KarmadaProbesFieldExtension = karmadaPlugin.provide(
  createScaffolderFieldExtension(karmadaProbesFieldOptions),
);

/**
 * The `KarmadaLifecycle` field for legacy apps.
 *
 * @public
 */
export const KarmadaLifecycleFieldExtension = karmadaPlugin.provide(
  createScaffolderFieldExtension(karmadaLifecycleFieldOptions),
);

/**
 * The `KarmadaResources` field for legacy apps.
 *
 * @public
 */
export const KarmadaResourcesFieldExtension = karmadaPlugin.provide(
  createScaffolderFieldExtension(karmadaResourcesFieldOptions),
);

/**
 * The `KarmadaReview` field for legacy apps.
 *
 * @public
 */
export const KarmadaReviewFieldExtension = karmadaPlugin.provide(
  createScaffolderFieldExtension(karmadaReviewFieldOptions),
);
