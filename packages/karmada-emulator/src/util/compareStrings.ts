/**
 * Orders strings by UTF-16 code units, like Go's `<` on ASCII strings
 * (not by locale): -1, 0 or 1.
 *
 * @public
 */
export function compareStrings(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
