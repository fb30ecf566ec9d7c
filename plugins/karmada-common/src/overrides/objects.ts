// Small helpers for plain JSON objects that must be safe for any key,
// including "__proto__" (a resource is user data).

/**
 * Sets an own enumerable property, even for the key `__proto__`.
 *
 * @internal
 */
export function setOwn(
  target: Record<string, unknown>,
  key: string,
  value: unknown,
): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    target[key] = value;
  }
}

/**
 * Whether `value` is a JSON object (not null, not an array).
 *
 * @internal
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether an object has `key` as an own property.
 *
 * @internal
 */
export function hasOwn(target: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(target, key);
}

/**
 * A deep copy of a JSON value (objects, arrays, primitives).
 *
 * @internal
 */
export function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneJson) as unknown as T;
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value))
      setOwn(out, key, cloneJson(value[key]));
    return out as T;
  }
  return value;
}

/**
 * Deep equality of JSON values (object key order ignored).
 *
 * @internal
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return (
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((v, i) => jsonEqual(v, b[i]))
    );
  }
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every(k => hasOwn(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

/**
 * An own property of a JSON object, or undefined (never an inherited one).
 *
 * @internal
 */
export function getOwn(target: Record<string, unknown>, key: string): unknown {
  return hasOwn(target, key) ? target[key] : undefined;
}
