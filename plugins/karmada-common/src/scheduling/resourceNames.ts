// Kubernetes' resource-name classes (k8s.io/kubernetes pkg/apis/core/v1/helper,
// lifted into Karmada's pkg/util/lifted): they decide which requested
// resources the resource-model estimator counts.
import { labelKeyError } from '../selectors';

const DEFAULT_NAMESPACE_PREFIX = 'kubernetes.io/';

/** `IsPrefixedNativeResource`: the name is in the `*kubernetes.io/` namespace. */
export function isPrefixedNativeResource(name: string): boolean {
  return name.includes(DEFAULT_NAMESPACE_PREFIX);
}

/** `IsNativeResource`: unprefixed names are implicitly native. */
export function isNativeResource(name: string): boolean {
  return !name.includes('/') || isPrefixedNativeResource(name);
}

/** `IsExtendedResourceName`, e.g. `nvidia.com/gpu`. */
export function isExtendedResourceName(name: string): boolean {
  if (isNativeResource(name) || name.startsWith('requests.')) return false;
  return labelKeyError(`requests.${name}`) === undefined;
}

/** `IsHugePageResourceName`. */
export function isHugePageResourceName(name: string): boolean {
  return name.startsWith('hugepages-');
}

/**
 * `IsScalarResourceName`: extended, hugepages, prefixed native and
 * attachable-volume resources.
 */
export function isScalarResourceName(name: string): boolean {
  return (
    isExtendedResourceName(name) ||
    isHugePageResourceName(name) ||
    isPrefixedNativeResource(name) ||
    name.startsWith('attachable-volumes-')
  );
}
