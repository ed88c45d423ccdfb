/** The workbook setting that records the rules "Highlight in this sheet" wrote. */
export const SELECTION_RECORD_SETTING = "IIJStatements.selectionRules";

/**
 * The rules written on users' sheets: per sheet id, per highlighted selection ("B3:K60"), the
 * fingerprints of the rules' formulas (ruleFingerprint). Clear removes exactly these.
 */
export type SelectionRecord = Readonly<
  Record<string, Readonly<Record<string, ReadonlyArray<string>>>>
>;

function isFingerprints(value: unknown): boolean {
  return Array.isArray(value) && value.every((f) => typeof f === "string");
}

function isSheetEntry(value: unknown): boolean {
  return typeof value === "object" && value !== null && Object.values(value).every(isFingerprints);
}

/**
 * Reads the setting's value back; an empty record when absent or not one this version wrote.
 *
 * @param value - the setting's value (a JSON string)
 * @returns the record
 * @example
 * parseSelectionRecord(undefined) //=> {}
 */
export function parseSelectionRecord(value: unknown): SelectionRecord {
  if (typeof value !== "string") {
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === "object" &&
      parsed !== null &&
      Object.values(parsed).every(isSheetEntry)
      ? (parsed as SelectionRecord)
      : {};
  } catch {
    // A setting another tool wrote under our key records nothing of ours.
    return {};
  }
}

/**
 * Every fingerprint a sheet's entries record.
 *
 * @param record - the record
 * @param sheetId - the sheet
 * @returns the fingerprints
 * @example
 * recordedOn({ s: { "B3:C9": ["ab"] } }, "s").has("ab") //=> true
 */
export function recordedOn(record: SelectionRecord, sheetId: string): ReadonlySet<string> {
  return new Set(Object.values(record[sheetId] ?? {}).flat());
}
