/**
 * Lines of `after` that are not in `before` (1-based, ascending) and how many
 * lines of `before` are gone, by longest common subsequence. Enough to
 * highlight a manifest's differences from its template; beyond `maxCells`
 * line pairs it falls back to a line-by-line comparison to stay cheap.
 *
 * @public
 */
export function lineDiff(
  before: string,
  after: string,
  maxCells = 4_000_000,
): { added: number[]; removed: number } {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length * b.length > maxCells) {
    const added = b.flatMap((line, i) => (line !== a[i] ? [i + 1] : []));
    return { added, removed: Math.max(0, a.length - b.length) };
  }
  // lcs[i][j]: length of the LCS of a[i..] and b[j..].
  const lcs: Uint32Array[] = Array.from(
    { length: a.length + 1 },
    () => new Uint32Array(b.length + 1),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] =
        a[i] === b[j]
          ? lcs[i + 1][j + 1] + 1
          : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const added: number[] = [];
  let removed = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      removed++;
      i++;
    } else {
      added.push(j + 1);
      j++;
    }
  }
  while (j < b.length) added.push(++j);
  removed += a.length - i;
  return { added, removed };
}
