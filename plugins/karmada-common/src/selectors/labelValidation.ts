// Kubernetes name rules (k8s.io/apimachinery/pkg/util/validation), used both
// to decide whether a selector is valid and to validate user input.

const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS1123_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * Why a label key is not a qualified name, or undefined when it is one.
 *
 * @public
 */
export function labelKeyError(key: string): string | undefined {
  const parts = key.split('/');
  let name = key;
  if (parts.length === 2) {
    const [prefix, rest] = parts;
    if (prefix.length === 0) return 'prefix part must be non-empty';
    if (prefix.length > 253)
      return 'prefix part must be no more than 253 characters';
    if (!DNS1123_SUBDOMAIN.test(prefix)) {
      return 'prefix part must be a lowercase RFC 1123 subdomain';
    }
    name = rest;
  } else if (parts.length > 2) {
    return "a qualified name must consist of alphanumeric characters, '-', '_' or '.', with an optional DNS subdomain prefix and '/'";
  }
  if (name.length === 0) return 'name part must be non-empty';
  if (name.length > 63) return 'name part must be no more than 63 characters';
  if (!QUALIFIED_NAME_PART.test(name)) {
    return "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  }
  return undefined;
}

/**
 * Why a label value is invalid, or undefined when it is valid (empty is valid).
 *
 * @public
 */
export function labelValueError(value: string): string | undefined {
  if (value.length === 0) return undefined;
  if (value.length > 63) return 'must be no more than 63 characters';
  if (!QUALIFIED_NAME_PART.test(value)) {
    return "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  }
  return undefined;
}

/**
 * Why a name is not a DNS-1123 subdomain (most object names), or undefined.
 *
 * @public
 */
export function dns1123SubdomainError(name: string): string | undefined {
  if (name.length === 0) return 'must be non-empty';
  if (name.length > 253) return 'must be no more than 253 characters';
  if (!DNS1123_SUBDOMAIN.test(name)) {
    return "must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
  }
  return undefined;
}

/**
 * Why a name is not a DNS-1123 label (namespaces, container names, port names), or undefined.
 *
 * @public
 */
export function dns1123LabelError(
  name: string,
  maxLength = 63,
): string | undefined {
  if (name.length === 0) return 'must be non-empty';
  if (name.length > maxLength)
    return `must be no more than ${maxLength} characters`;
  if (!DNS1123_LABEL.test(name)) {
    return "must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
  }
  return undefined;
}
