import {
  FormFieldBlueprint,
  createFormField,
} from '@backstage/plugin-scaffolder-react/alpha';

type FieldKey =
  | 'karmadaPlacementFieldOptions'
  | 'karmadaDifferentialConfigFieldOptions'
  | 'karmadaProbesFieldOptions'
  | 'karmadaLifecycleFieldOptions'
  | 'karmadaResourcesFieldOptions'
  | 'karmadaReviewFieldOptions';

// The fields load lazily, when the scaffolder first needs them.
function formField(name: string, key: FieldKey) {
  return FormFieldBlueprint.make({
    name,
    params: {
      field: () =>
        import('../components/scaffolder/fieldDefinitions').then(m =>
          // The options are typed for the legacy API; the shapes are the same.
          createFormField(m[key] as Parameters<typeof createFormField>[0]),
        ),
    },
  });
}

/**
 * The Karmada scaffolder form fields for the new frontend system:
 * KarmadaPlacement, KarmadaDifferentialConfig, KarmadaProbes,
 * KarmadaLifecycle, KarmadaResources and KarmadaReview.
 *
 * @alpha
 */
export const karmadaFormFields = [
  formField('karmada-placement', 'karmadaPlacementFieldOptions'),
  formField(
    'karmada-differential-config',
    'karmadaDifferentialConfigFieldOptions',
  ),
  formField('karmada-probes', 'karmadaProbesFieldOptions'),
  formField('karmada-lifecycle', 'karmadaLifecycleFieldOptions'),
  formField('karmada-resources', 'karmadaResourcesFieldOptions'),
  formField('karmada-review', 'karmadaReviewFieldOptions'),
];
