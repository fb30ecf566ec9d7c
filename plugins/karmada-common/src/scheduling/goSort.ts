// Go's sort.Sort (pattern-defeating quicksort, sort/zsortinterface.go, Go
// 1.19+). Karmada sorts Aggregated candidates with it by a non-total order
// (available replicas only), so which of several equally available clusters
// comes first depends on this exact algorithm once there are more than 12
// (SEMANTICS §12.4). Porting it makes that case exact too.
//
// Which Go: the algorithm has not changed since Go 1.19 brought pdqsort; the
// random generator breakPatterns seeds with the length has. Go 1.19–1.23
// shift by 13, 17, 5 (the 32-bit xorshift triple on a 64-bit state); the
// fix for golang/go#70144 (reported against Go 1.23 in October 2024, in
// releases from Go 1.24) shifts by 13, 7, 17, and so does this port. Karmada
// at the followed commit builds with a newer Go than that (its Kubernetes
// v0.36 libraries need one). Checked against Go 1.19's own sort package
// with the new shifts on 24,000 inputs full of ties; goSort.test.ts pins
// some of them, including orders the two generators disagree on.

type Less = (i: number, j: number) => boolean;

interface Data {
  less: Less;
  swap(i: number, j: number): void;
}

const bitsLen = (n: number) => (n === 0 ? 0 : 32 - Math.clz32(n));

function insertionSort(d: Data, a: number, b: number): void {
  for (let i = a + 1; i < b; i++) {
    for (let j = i; j > a && d.less(j, j - 1); j--) d.swap(j, j - 1);
  }
}

function siftDown(d: Data, lo: number, hi: number, first: number): void {
  let root = lo;
  for (;;) {
    let child = 2 * root + 1;
    if (child >= hi) return;
    if (child + 1 < hi && d.less(first + child, first + child + 1)) child++;
    if (!d.less(first + root, first + child)) return;
    d.swap(first + root, first + child);
    root = child;
  }
}

function heapSort(d: Data, a: number, b: number): void {
  const hi = b - a;
  for (let i = Math.floor((hi - 1) / 2); i >= 0; i--) siftDown(d, i, hi, a);
  for (let i = hi - 1; i >= 0; i--) {
    d.swap(a, a + i);
    siftDown(d, 0, i, a);
  }
}

const UNKNOWN = 0;
const INCREASING = 1;
const DECREASING = 2;

function choosePivot(d: Data, a: number, b: number): [number, number] {
  const l = b - a;
  let swaps = 0;
  let i = a + Math.floor(l / 4) * 1;
  let j = a + Math.floor(l / 4) * 2;
  let k = a + Math.floor(l / 4) * 3;
  const order2 = (x: number, y: number): [number, number] => {
    if (d.less(y, x)) {
      swaps++;
      return [y, x];
    }
    return [x, y];
  };
  // Go reassigns its parameters here; the same steps with fresh names.
  const median = (p: number, q: number, r: number): number => {
    const [p1, q1] = order2(p, q);
    const [q2] = order2(q1, r);
    const [, q3] = order2(p1, q2);
    return q3;
  };

  if (l >= 8) {
    if (l >= 50) {
      i = median(i - 1, i, i + 1);
      j = median(j - 1, j, j + 1);
      k = median(k - 1, k, k + 1);
    }
    j = median(i, j, k);
  }
  if (swaps === 0) return [j, INCREASING];
  if (swaps === 12) return [j, DECREASING];
  return [j, UNKNOWN];
}

function reverseRange(d: Data, a: number, b: number): void {
  for (let i = a, j = b - 1; i < j; i++, j--) d.swap(i, j);
}

function partialInsertionSort(d: Data, a: number, b: number): boolean {
  let i = a + 1;
  for (let step = 0; step < 5; step++) {
    while (i < b && !d.less(i, i - 1)) i++;
    if (i === b) return true;
    if (b - a < 50) return false;
    d.swap(i, i - 1);
    if (i - a >= 2) {
      for (let j = i - 1; j >= 1; j--) {
        if (!d.less(j, j - 1)) break;
        d.swap(j, j - 1);
      }
    }
    if (b - i >= 2) {
      for (let j = i + 1; j < b; j++) {
        if (!d.less(j, j - 1)) break;
        d.swap(j, j - 1);
      }
    }
  }
  return false;
}

function breakPatterns(d: Data, a: number, b: number): void {
  const length = b - a;
  if (length < 8) return;
  let random = BigInt(length); // xorshift seeded with the length
  const modulus = 1 << bitsLen(length);
  for (
    let idx = a + Math.floor(length / 4) * 2 - 1;
    idx <= a + Math.floor(length / 4) * 2 + 1;
    idx++
  ) {
    random = BigInt.asUintN(64, random ^ (random << 13n));
    random ^= random >> 7n;
    random = BigInt.asUintN(64, random ^ (random << 17n));
    let other = Number(random & BigInt(modulus - 1));
    if (other >= length) other -= length;
    d.swap(idx, a + other);
  }
}

function partition(
  d: Data,
  a: number,
  b: number,
  pivot: number,
): [number, boolean] {
  d.swap(a, pivot);
  let i = a + 1;
  let j = b - 1;
  while (i <= j && d.less(i, a)) i++;
  while (i <= j && !d.less(j, a)) j--;
  if (i > j) {
    d.swap(j, a);
    return [j, true];
  }
  d.swap(i, j);
  i++;
  j--;
  for (;;) {
    while (i <= j && d.less(i, a)) i++;
    while (i <= j && !d.less(j, a)) j--;
    if (i > j) break;
    d.swap(i, j);
    i++;
    j--;
  }
  d.swap(j, a);
  return [j, false];
}

function partitionEqual(d: Data, a: number, b: number, pivot: number): number {
  d.swap(a, pivot);
  let i = a + 1;
  let j = b - 1;
  for (;;) {
    while (i <= j && !d.less(a, i)) i++;
    while (i <= j && d.less(a, j)) j--;
    if (i > j) break;
    d.swap(i, j);
    i++;
    j--;
  }
  return i;
}

function pdqsort(d: Data, a0: number, b0: number, limit0: number): void {
  let a = a0;
  let b = b0;
  let limit = limit0;
  let wasBalanced = true;
  let wasPartitioned = true;
  for (;;) {
    const length = b - a;
    if (length <= 12) {
      insertionSort(d, a, b);
      return;
    }
    if (limit === 0) {
      heapSort(d, a, b);
      return;
    }
    if (!wasBalanced) {
      breakPatterns(d, a, b);
      limit--;
    }
    let [pivot, hint] = choosePivot(d, a, b);
    if (hint === DECREASING) {
      reverseRange(d, a, b);
      pivot = b - 1 - (pivot - a);
      hint = INCREASING;
    }
    if (
      wasBalanced &&
      wasPartitioned &&
      hint === INCREASING &&
      partialInsertionSort(d, a, b)
    )
      return;
    if (a > 0 && !d.less(a - 1, pivot)) {
      a = partitionEqual(d, a, b, pivot);
      continue;
    }
    const [mid, alreadyPartitioned] = partition(d, a, b, pivot);
    wasPartitioned = alreadyPartitioned;
    const left = mid - a;
    const right = b - mid;
    const balanceThreshold = Math.floor(length / 8);
    if (left < right) {
      wasBalanced = left >= balanceThreshold;
      pdqsort(d, a, mid, limit);
      a = mid + 1;
    } else {
      wasBalanced = right >= balanceThreshold;
      pdqsort(d, mid + 1, b, limit);
      b = mid;
    }
  }
}

/**
 * Sorts `items` in place exactly as Go's `sort.Sort` would with this `less`
 * (not stable: with a non-total order, equal items end up where Go puts them).
 */
export function goSort<T>(items: T[], less: (x: T, y: T) => boolean): T[] {
  const n = items.length;
  if (n <= 1) return items;
  const data: Data = {
    less: (i, j) => less(items[i], items[j]),
    swap: (i, j) => {
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    },
  };
  pdqsort(data, 0, n, bitsLen(n));
  return items;
}
