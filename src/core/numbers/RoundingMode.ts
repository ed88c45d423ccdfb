/**
 * How the release turned exact amounts into printed ones: rounded to the nearest unit (the
 * default) or truncated toward zero (an option: Japanese releases may truncate).
 */
export type RoundingMode = "round" | "truncate";
