import type { TableKind } from "../core/model/Table";
import type { RoundingMode } from "../core/numbers/RoundingMode";
import type { EditionChoice } from "./WorkbookActions";

/** The workbook setting that remembers what the last load wrote. */
export const LOAD_RECORD_SETTING = "IIJStatements.load";

/** What the last load wrote, so a check rebuilds the same plan and knows the highlights' state. */
export type LoadRecord = {
  readonly edition: EditionChoice;
  /** The table groups loaded; null for all. */
  readonly tables: ReadonlyArray<TableKind> | null;
  readonly mode: RoundingMode;
  readonly highlightMinor: boolean;
  /** Whether the add-in's highlights are in place (false after clearHighlights). */
  readonly highlighted: boolean;
  /**
   * The rules the add-in wrote, per sheet mark (IIJ_SHEET_…): fingerprints of their formulas
   * (ruleFingerprint). Clear and a mode change remove exactly these; a record written before
   * rules were recorded has none, and then the highlight colours identify them.
   */
  readonly rules?: Readonly<Record<string, ReadonlyArray<string>>>;
};

function isRuleRecord(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.values(value).every((v) => Array.isArray(v) && v.every((f) => typeof f === "string"))
  );
}

/**
 * Reads the setting's value back; null when absent or not a record this version wrote.
 *
 * @param value - the setting's value (a JSON string)
 * @returns the record, or null
 * @example
 * parseLoadRecord(undefined) //=> null
 */
export function parseLoadRecord(value: unknown): LoadRecord | null {
  if (typeof value !== "string") {
    return null;
  }
  try {
    const parsed = JSON.parse(value) as Partial<LoadRecord>;
    const editions: ReadonlyArray<unknown> = ["en", "ja", "both"];
    const modes: ReadonlyArray<unknown> = ["round", "truncate"];
    if (
      !editions.includes(parsed.edition) ||
      !modes.includes(parsed.mode) ||
      typeof parsed.highlightMinor !== "boolean" ||
      typeof parsed.highlighted !== "boolean" ||
      !(parsed.tables === null || Array.isArray(parsed.tables)) ||
      !(parsed.rules === undefined || isRuleRecord(parsed.rules))
    ) {
      return null;
    }
    return parsed as LoadRecord;
  } catch {
    // A setting another tool wrote under our key is treated as no record.
    return null;
  }
}

/**
 * The setting's value for a record.
 *
 * @param record - what the load wrote
 * @returns a JSON string
 */
export function serializeLoadRecord(record: LoadRecord): string {
  return JSON.stringify(record);
}
