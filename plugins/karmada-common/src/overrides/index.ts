export { applyOverridePolicies } from './applyOverridePolicies';
export { explainOverrides } from './explainOverrides';
export { diffManifests } from './diffManifests';
export { clusterEffectiveManifest } from './clusterEffectiveManifest';
export type { ClusterEffectiveManifest } from './clusterEffectiveManifest';
export { OverrideError } from './OverrideError';
export type { OverrideErrorReason, OverrideErrorSource } from './OverrideError';
export { selectOverrideRules } from './selectOverrideRules';
export {
  ImplicitPriority,
  resourceMatchSelectorsPriority,
  resourceSelectorPriority,
} from './resourceSelectors';
export { OVERRIDER_ORDER } from './types';
export type {
  AppliedOverride,
  AppliedPolicy,
  AttributedChange,
  ManifestChange,
  OverrideExplanation,
  OverriderName,
  PolicyRef,
} from './types';
export {
  overrideInputIssues,
  overridePolicyIssues,
} from './validateOverrideInput';
export type { InputIssue } from './validateOverrideInput';
