// SEMANTICS §9.7 (pkg/util/helper/webstermethod.go: AllocateWebsterSeats,
// binding.go: tieBreakerByUID): seats go one at a time to the party with the
// highest votes/(2·seats+1) in float64; equal priorities go to the party with
// fewer seats, then by name, ascending or descending depending on the UID.

/**
 * How equal-priority, equal-seat ties are broken: by name ascending or
 * descending (Karmada derives it from the binding UID), or not known.
 *
 * @public
 */
export type TieBreak = 'ascending' | 'descending';

/**
 * Karmada's `tieBreakerByUID`: FNV-32a of the UID, odd → descending, even or
 * empty → ascending.
 *
 * @public
 */
export function tieBreakForUID(uid: string | undefined): TieBreak {
  if (!uid) return 'ascending';
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(uid)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash & 1) === 1 ? 'descending' : 'ascending';
}

interface Run {
  seats: Int32Array;
  /** A pick was decided by the name order (equal priority, equal seats). */
  nameDecided: boolean;
}

// Go: float64(votes) / float64(2*seats+1) with int32 arithmetic in the divisor.
function priority(votes: number, seats: number): number {
  return votes / ((2 * seats + 1) | 0);
}

// Starting state for very large seat counts: every party gets the seats whose
// priority is above a threshold all of them clear, so only the last few
// seats go through the heap. Those first seats would be handed out anyway
// (each outranks every later one), so the result is unchanged.
function jumpStart(
  total: number,
  votes: ArrayLike<number>,
  seats: Int32Array,
): number {
  const n = votes.length;
  let positive = 0;
  for (let i = 0; i < n; i++) if (votes[i] > 0) positive += votes[i];
  if (total <= 2 * n + 1000 || positive <= 0) return total;
  const threshold = (positive / (2 * total - n)) * (1 + 1e-9);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const v = votes[i];
    if (v <= 0) continue;
    let s = Math.max(0, Math.floor((v / threshold - 1) / 2));
    while (s > 0 && !(priority(v, s - 1) > threshold)) s--;
    while (priority(v, s) > threshold) s++;
    seats[i] = s;
    given += s;
  }
  if (given > total) {
    seats.fill(0);
    return total;
  }
  return total - given;
}

/**
 * One allocation under a known tie-break. `shortcut: false` hands out every
 * seat through the heap (the tests compare the two).
 */
export function allocate(
  total: number,
  votes: ArrayLike<number>,
  tieBreak: TieBreak,
  shortcut = true,
): Run {
  const n = votes.length;
  const seats = new Int32Array(n);
  let nameDecided = false;
  if (n === 0 || total <= 0) return { seats, nameDecided };
  const remaining = shortcut ? jumpStart(total, votes, seats) : total;
  const descending = tieBreak === 'descending';
  // Party indices are name positions, so comparing indices compares names.
  const before = (a: number, b: number): boolean => {
    const pa = priority(votes[a], seats[a]);
    const pb = priority(votes[b], seats[b]);
    if (pa !== pb) return pa > pb;
    if (seats[a] !== seats[b]) return seats[a] < seats[b];
    return descending ? a > b : a < b;
  };
  const tiedOnName = (a: number, b: number): boolean =>
    seats[a] === seats[b] &&
    priority(votes[a], seats[a]) === priority(votes[b], seats[b]);
  const heap = Int32Array.from({ length: n }, (_, i) => i);
  const siftDown = (from: number): void => {
    let root = from;
    for (;;) {
      let best = root;
      const l = 2 * root + 1;
      const r = l + 1;
      if (l < n && before(heap[l], heap[best])) best = l;
      if (r < n && before(heap[r], heap[best])) best = r;
      if (best === root) return;
      [heap[root], heap[best]] = [heap[best], heap[root]];
      root = best;
    }
  };
  for (let i = (n >> 1) - 1; i >= 0; i--) siftDown(i);
  for (let k = 0; k < remaining; k++) {
    const top = heap[0];
    // The runner-up is a child of the root; a tie with it is decided by name.
    if (
      (n > 1 && tiedOnName(top, heap[1])) ||
      (n > 2 && tiedOnName(top, heap[2]))
    )
      nameDecided = true;
    seats[top]++;
    siftDown(0);
  }
  return { seats, nameDecided };
}

/**
 * The Webster division of `total` seats over parties given in name order,
 * under one tie-break, and — when the tie-break is unknown and matters —
 * the other outcome Karmada can reach.
 */
export function websterSeats(
  total: number,
  votes: ArrayLike<number>,
  tieBreak: TieBreak | undefined,
): { seats: Int32Array; alternative?: Int32Array } {
  const first = allocate(total, votes, tieBreak ?? 'ascending');
  if (tieBreak || !first.nameDecided) return { seats: first.seats };
  const second = allocate(total, votes, 'descending');
  const differs = second.seats.some((s, i) => s !== first.seats[i]);
  return differs
    ? { seats: first.seats, alternative: second.seats }
    : { seats: first.seats };
}
