// IP address checks for DNS nameservers and host aliases. Written out rather
// than taken from Node's `net` because this module also runs in the browser.

const IPV4_OCTET = /^(0|[1-9][0-9]{0,2})$/;
const IPV6_GROUP = /^[0-9a-fA-F]{1,4}$/;

/**
 * Whether a string is a dotted-quad IPv4 address (no leading zeros, as
 * Kubernetes' `netip`-based validation requires).
 *
 * @public
 */
export function isIPv4(value: string): boolean {
  const parts = value.split('.');
  return (
    parts.length === 4 &&
    parts.every(p => IPV4_OCTET.test(p) && Number(p) <= 255)
  );
}

/**
 * Whether a string is an IPv6 address (RFC 4291 text form, optionally with
 * an embedded IPv4 tail; no zone).
 *
 * @public
 */
export function isIPv6(value: string): boolean {
  if (value.split('::').length > 2) return false;
  let groups = 8;
  let text = value;
  const lastColon = text.lastIndexOf(':');
  if (lastColon >= 0 && text.slice(lastColon + 1).includes('.')) {
    if (!isIPv4(text.slice(lastColon + 1))) return false;
    // The IPv4 tail stands for two groups; keep its separating colon.
    text = `${text.slice(0, lastColon + 1)}0`;
    groups = 7;
  }
  const [head, tail] = text.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const all = [...headGroups, ...tailGroups];
  if (!all.every(g => IPV6_GROUP.test(g))) return false;
  if (tail === undefined) return all.length === groups;
  return all.length < groups;
}

/**
 * Whether a string is an IPv4 or IPv6 address.
 *
 * @public
 */
export function isIPAddress(value: string): boolean {
  return isIPv4(value) || isIPv6(value);
}
