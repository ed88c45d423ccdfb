/** A verdict as a small integer, so a batch of checks allocates nothing. */
export const VERDICT = {
  consistent: 0,
  minor: 1,
  major: 2,
  notCheckable: 3,
} as const;

/** One of {@link VERDICT}'s values. */
export type VerdictCode = (typeof VERDICT)[keyof typeof VERDICT];
