/** FNV-1a over a text's UTF-16 code units from a given offset basis, as 8 hex digits. */
function fnv1a(text: string, basis: number): string {
  let hash = basis;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * A short fingerprint of a conditional-format rule's formula, the way the add-in records the
 * rules it wrote (the formulas themselves would take megabytes of workbook settings). Excel may
 * report a formula back with or without "=" and in other case: both are ignored.
 *
 * @param formula - the rule's formula, as written or as read back
 * @returns 16 hex digits
 * @example
 * ruleFingerprint("=abs(C3-B3)>0.5") === ruleFingerprint("ABS(C3-B3)>0.5") //=> true
 */
export function ruleFingerprint(formula: string): string {
  const normal = formula.trim().replace(/^=/, "").toUpperCase();
  return fnv1a(normal, 0x811c9dc5) + fnv1a(normal, 0x01000193);
}
