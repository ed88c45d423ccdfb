/** A memo keyed by up to four primitive arguments (strings, numbers, booleans, null, undefined). */
export type BoundedMemo<R> = {
  /** The remembered result for these arguments, or undefined. */
  readonly get: (a: unknown, b?: unknown, c?: unknown, d?: unknown) => R | undefined;
  /** Remembers a result; forgets everything once `limit` results are held. */
  readonly set: (a: unknown, b: unknown, c: unknown, d: unknown, result: R) => void;
  /** How many results are held. */
  readonly size: () => number;
};

type Level = Map<unknown, unknown>;

/**
 * Whether a value can be a memo key: a primitive, so equal arguments meet (a range never does).
 *
 * @param value - an argument as Excel passed it
 * @returns true for primitives
 * @example
 * isMemoKey("4Q02") //=> true
 */
export function isMemoKey(value: unknown): boolean {
  return value === null || typeof value !== "object";
}

/**
 * A memo of results by their raw arguments: nested maps, so a repeated call costs four map
 * lookups and no string building. It holds at most `limit` results and empties itself when full,
 * so arbitrary input cannot make it grow without bound.
 *
 * @param limit - the most results held
 * @returns the memo
 * @example
 * const memo = boundedMemo<number>(1000); memo.set("4Q02", undefined, undefined, undefined, 459); memo.get("4Q02") //=> 459
 */
export function boundedMemo<R>(limit: number): BoundedMemo<R> {
  let root: Level = new Map();
  let count = 0;
  const child = (level: Level, key: unknown): Level => {
    let next = level.get(key) as Level | undefined;
    if (next === undefined) {
      next = new Map();
      level.set(key, next);
    }
    return next;
  };
  return {
    get: (a, b, c, d) => {
      const l1 = root.get(a) as Level | undefined;
      const l2 = l1?.get(b) as Level | undefined;
      const l3 = l2?.get(c) as Level | undefined;
      return l3?.get(d) as R | undefined;
    },
    set: (a, b, c, d, result) => {
      if (count >= limit) {
        root = new Map();
        count = 0;
      }
      const leaf = child(child(child(root, a), b), c);
      if (!leaf.has(d)) {
        count += 1;
      }
      leaf.set(d, result);
    },
    size: () => count,
  };
}
