// yaml.v2 sorts map keys with `keyList.Less` (sorter.go): letters after
// non-letters, letters by code point, and runs of digits compared as numbers.

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

function isLetter(cp: number): boolean {
  return LETTER.test(String.fromCodePoint(cp));
}

function isDigit(cp: number): boolean {
  return DIGIT.test(String.fromCodePoint(cp));
}

function codePoints(s: string): number[] {
  return Array.from(s, ch => ch.codePointAt(0) ?? 0);
}

/**
 * Whether string key `a` sorts before `b` in yaml.v2's output.
 *
 * @internal
 */
export function yamlKeyLess(a: string, b: string): boolean {
  const ar = codePoints(a);
  const br = codePoints(b);
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i] < br[i];
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === 0x30 || br[i] === 0x30) {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== 0x30) {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++)
      an = an * 10 + (ar[ai] - 0x30);
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]); bi++)
      bn = bn * 10 + (br[bi] - 0x30);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i] < br[i];
  }
  return ar.length < br.length;
}

/**
 * Keys in yaml.v2 output order (Go's sort.Sort is not stable, but keys of a
 * map are distinct, so the order is fully determined).
 *
 * @internal
 */
export function sortYamlKeys(keys: string[]): string[] {
  return [...keys].sort((a, b) => {
    if (yamlKeyLess(a, b)) return -1;
    return yamlKeyLess(b, a) ? 1 : 0;
  });
}
