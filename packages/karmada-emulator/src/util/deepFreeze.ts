/**
 * Freezes a JSON value and everything in it, in place, and returns it.
 * Stops at values already frozen: the store freezes every object it keeps,
 * so parts shared with an earlier stored object are not walked again.
 *
 * @public
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value))
    return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const item of value) deepFreeze(item);
  } else {
    for (const key of Object.keys(value as object))
      deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
