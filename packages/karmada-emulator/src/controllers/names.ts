// Karmada's object names (pkg/util/names): the binding and work names, and
// the hash behind the work name's suffix.

const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/**
 * FNV-1a, 32 bits, over the UTF-8 bytes of a string (Go's `fnv.New32a`).
 *
 * @public
 */
export function fnv32a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * `rand.SafeEncodeString`: maps each character to one that cannot form words.
 *
 * @public
 */
export function safeEncodeString(text: string): string {
  return [...text]
    .map(c => SAFE_ALPHABET[(c.codePointAt(0) ?? 0) % SAFE_ALPHABET.length])
    .join('');
}

/**
 * `names.GenerateBindingName`: `<name>-<kind>` lower-cased (colons become dots).
 *
 * @public
 */
export function bindingName(kind: string, name: string): string {
  return `${name.replace(/:/g, '.')}-${kind}`.toLowerCase();
}

/**
 * `names.GenerateWorkName`: the name plus a hash of namespace, name and kind.
 *
 * @public
 */
export function workName(
  kind: string,
  name: string,
  namespace: string | undefined,
): string {
  const base = name.replace(/:/g, '.').toLowerCase();
  const hashed = (
    namespace ? `${namespace}-${base}-${kind}` : `${base}-${kind}`
  ).toLowerCase();
  return `${base}-${safeEncodeString(String(fnv32a(hashed)))}`;
}

/**
 * `names.GenerateBindingReferenceKey`: the hash naming a depended-by label.
 *
 * @public
 */
export function bindingReferenceKey(
  namespace: string | undefined,
  name: string,
): string {
  return safeEncodeString(
    String(fnv32a(namespace ? `${namespace}/${name}` : name)),
  );
}

/**
 * The execution namespace of a member cluster.
 *
 * @public
 */
export function executionSpace(cluster: string): string {
  return `karmada-es-${cluster}`;
}
