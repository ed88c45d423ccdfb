/** The rules the engine runs, each on both editions. */
export type RuleKind =
  "share" | "change" | "footing" | "translation" | "reconciliation" | "edition" | "claim";

/** Every rule kind, in the order reports list them. */
export const RULE_KINDS: ReadonlyArray<RuleKind> = [
  "share",
  "change",
  "footing",
  "translation",
  "reconciliation",
  "edition",
  "claim",
];
