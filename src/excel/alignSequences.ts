/**
 * Pairs the items of two sequences that keep their order and are equal, as many as possible
 * (a longest common subsequence): what survives of a planned list of labels among the labels a
 * user's insertions, deletions and moves left on the sheet. An item of `planned` whose key is
 * null never pairs.
 *
 * @param planned - the keys as the plan wrote them
 * @param current - the keys as the sheet holds them now
 * @returns planned index → current index, for the items paired
 * @example
 * [...alignSequences(["a", "b", "c"], ["a", "x", "c"])] //=> [[0, 0], [2, 2]]
 */
export function alignSequences(
  planned: ReadonlyArray<string | null>,
  current: ReadonlyArray<string>
): ReadonlyMap<number, number> {
  const n = planned.length;
  const m = current.length;
  // lengths[i][j]: the longest common subsequence of planned[i..] and current[j..].
  const lengths = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lengths[i][j] =
        planned[i] !== null && planned[i] === current[j]
          ? lengths[i + 1][j + 1] + 1
          : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const pairs = new Map<number, number>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (planned[i] !== null && planned[i] === current[j]) {
      pairs.set(i, j);
      i += 1;
      j += 1;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return pairs;
}
