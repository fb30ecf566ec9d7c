// A minimal assertion helper for the flows (playwright-core has no expect).
export function expect(actual, message) {
  return {
    toBe(expected) {
      if (actual !== expected) {
        throw new Error(
          `${message ?? 'value'}: expected ${JSON.stringify(
            expected,
          )}, got ${JSON.stringify(actual)}`,
        );
      }
    },
    toEqual(expected) {
      // Plain data (arrays, objects of JSON values) compared as JSON.
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        throw new Error(
          `${message ?? 'value'}: expected ${JSON.stringify(
            expected,
          )}, got ${JSON.stringify(actual)}`,
        );
      }
    },
    toContain(expected) {
      if (!String(actual).includes(expected)) {
        throw new Error(
          `${message ?? 'text'}: expected to contain ${JSON.stringify(
            expected,
          )}, got ${JSON.stringify(String(actual).slice(0, 2000))}`,
        );
      }
    },
    toMatch(re) {
      if (!re.test(String(actual))) {
        throw new Error(
          `${message ?? 'text'}: expected to match ${re}, got ${JSON.stringify(
            String(actual).slice(0, 2000),
          )}`,
        );
      }
    },
  };
}
