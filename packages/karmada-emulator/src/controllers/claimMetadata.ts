import {
  KubernetesObject,
  ObjectMeta,
  PropagationPolicy,
} from '@karmada-backstage/plugin-karmada-common';
import {
  CPP_NAME_ANNOTATION,
  CPP_PERMANENT_ID_LABEL,
  PP_NAME_ANNOTATION,
  PP_NAMESPACE_ANNOTATION,
  PP_PERMANENT_ID_LABEL,
} from './karmadaMetadata';

// How a policy's claim on a resource template is recorded (pkg/detector/claim.go):
// a permanent-id label and name/namespace annotations, on the template and its binding.

/**
 * A policy claiming a resource template.
 *
 * @public
 */
export type Claim = {
  kind: 'PropagationPolicy' | 'ClusterPropagationPolicy';
  policy: PropagationPolicy;
};

/** Labels that record a claim. */
const CLAIM_LABELS = [PP_PERMANENT_ID_LABEL, CPP_PERMANENT_ID_LABEL];
const CLAIM_ANNOTATIONS = [
  PP_NAME_ANNOTATION,
  PP_NAMESPACE_ANNOTATION,
  CPP_NAME_ANNOTATION,
];

/**
 * The object with exactly the given claim recorded (none removes it).
 *
 * @public
 */
export function withClaim(
  template: KubernetesObject,
  claim: Claim | undefined,
): KubernetesObject {
  const labels = { ...template.metadata?.labels };
  const annotations = { ...template.metadata?.annotations };
  CLAIM_LABELS.forEach(k => delete labels[k]);
  CLAIM_ANNOTATIONS.forEach(k => delete annotations[k]);
  const policyMeta = claim?.policy.metadata;
  if (claim?.kind === 'PropagationPolicy') {
    labels[PP_PERMANENT_ID_LABEL] =
      policyMeta?.labels?.[PP_PERMANENT_ID_LABEL] ?? '';
    annotations[PP_NAMESPACE_ANNOTATION] = policyMeta?.namespace ?? '';
    annotations[PP_NAME_ANNOTATION] = policyMeta?.name ?? '';
  } else if (claim) {
    labels[CPP_PERMANENT_ID_LABEL] =
      policyMeta?.labels?.[CPP_PERMANENT_ID_LABEL] ?? '';
    annotations[CPP_NAME_ANNOTATION] = policyMeta?.name ?? '';
  }
  const metadata: ObjectMeta = { ...template.metadata, labels, annotations };
  if (Object.keys(labels).length === 0) delete metadata.labels;
  if (Object.keys(annotations).length === 0) delete metadata.annotations;
  return { ...template, metadata };
}
