/**
 * Joins words as an English list: `a`, `a and b`, `a, b and c`. With
 * `maxListed`, longer lists end in "and N more" so a summary of a large
 * fleet stays one readable line.
 *
 * @public
 */
export function joinWords(
  words: readonly string[],
  options: { conjunction?: 'and' | 'or'; maxListed?: number } = {},
): string {
  const conjunction = options.conjunction ?? 'and';
  const max = options.maxListed ?? Infinity;
  let items = [...words];
  if (items.length > max && max > 0) {
    const rest = items.length - max;
    items = [...items.slice(0, max), `${rest} more`];
  }
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${
    items[items.length - 1]
  }`;
}

/**
 * A count range in plain form: `2`, `2–3` (en dash).
 *
 * @public
 */
export function formatRange(min: number, max: number): string {
  return min === max ? String(min) : `${min}–${max}`;
}

/**
 * `1 region`, `2–3 regions`: a noun with a number or range in front.
 *
 * @public
 */
export function countNoun(count: string | number, noun: string): string {
  return `${count} ${String(count) === '1' ? noun : `${noun}s`}`;
}
