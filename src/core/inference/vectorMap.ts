/** A map keyed by short lists of integers, looked up without building a key. */
export type VectorMap<V> = {
  /** The value stored for the first `n` numbers of `key`, if any. */
  readonly get: (key: ReadonlyArray<number>, n: number) => V | undefined;
  /** Stores a value for the first `n` numbers of `key` (copied). */
  readonly set: (key: ReadonlyArray<number>, n: number, value: V) => void;
};

function hash(key: ReadonlyArray<number>, n: number): number {
  let h = n;
  for (let k = 0; k < n; k++) {
    h = (Math.imul(h, 31) + key[k]) | 0;
  }
  return h;
}

function equal(a: ReadonlyArray<number>, b: ReadonlyArray<number>, n: number): boolean {
  if (a.length !== n) {
    return false;
  }
  for (let k = 0; k < n; k++) {
    if (a[k] !== b[k]) {
      return false;
    }
  }
  return true;
}

/**
 * A map keyed by lists of integers (a rule's operand codes, its operands' places), for a loop
 * that looks one up for every cell of a large selection: a lookup hashes the numbers and
 * compares them, with no string built and nothing allocated.
 *
 * @returns an empty map
 * @example
 * const m = vectorMap();
 * m.set([1, 2], 2, "a");
 * m.get([1, 2, 3], 2) //=> "a"
 */
export function vectorMap<V>(): VectorMap<V> {
  const buckets = new Map<number, { key: number[]; value: V }[]>();
  return {
    get: (key, n) => {
      const bucket = buckets.get(hash(key, n));
      if (bucket === undefined) {
        return undefined;
      }
      for (const entry of bucket) {
        if (equal(entry.key, key, n)) {
          return entry.value;
        }
      }
      return undefined;
    },
    set: (key, n, value) => {
      const h = hash(key, n);
      const entry = { key: key.slice(0, n), value };
      const bucket = buckets.get(h);
      if (bucket === undefined) {
        buckets.set(h, [entry]);
      } else {
        bucket.push(entry);
      }
    },
  };
}
