import type { Edition } from "../model/Edition";

/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[:\\/?*[\]]/g;

const KNOWN: Readonly<Record<string, { readonly en: string; readonly ja: string }>> = {
  operations_quarterly: { en: "Operations (Quarterly)", ja: "損益計算書(四半期)" },
  operations_annual: { en: "Operations (Annual)", ja: "損益計算書(通期)" },
  balance_sheet: { en: "Balance Sheet", ja: "貸借対照表" },
  cash_flows_quarterly: { en: "Cash Flows (Quarterly)", ja: "キャッシュ・フロー計算書(四半期)" },
  cash_flows_annual: { en: "Cash Flows (Annual)", ja: "キャッシュ・フロー計算書(通期)" },
  operatingData: { en: "Operating Data", ja: "営業データ" },
  nonGaap: { en: "Non-GAAP Measures", ja: "非GAAP指標" },
  crossSelling: { en: "Cross-selling", ja: "クロスセル" },
  claims: { en: "Claims", ja: "本文中の割合" },
  checks: { en: "Checks", ja: "チェック結果" },
};

/** Cuts `text` to at most `max` UTF-16 units without splitting a character. */
function cut(text: string, max: number): string {
  const head = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

/** Strips what Excel refuses at a name's ends (apostrophes), and spaces. */
function trimEnds(text: string): string {
  return text.replace(/^[\s']+|[\s']+$/g, "");
}

/**
 * A valid sheet name: the forbidden characters replaced, no leading or trailing apostrophe,
 * at most 31 characters, and not one of `taken` (a suffix " (2)", " (3)" … where needed).
 *
 * @param wanted - the name wanted
 * @param taken - names already used (compared case-insensitively, as Excel does)
 * @returns a name Excel accepts
 * @example
 * validSheetName("Cash Flows [Q]", new Set()) //=> "Cash Flows (Q)"
 */
export function validSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const cleaned =
    trimEnds(wanted.replace(/\[/g, "(").replace(/]/g, ")").replace(FORBIDDEN, "-")) || "Sheet";
  // Excel reserves "History" (its change-tracking sheet).
  const clean = cleaned.toLowerCase() === "history" ? `${cleaned} (sheet)` : cleaned;
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = (trimEnds(cut(clean, MAX_SHEET_NAME - suffix.length)) || "Sheet") + suffix;
    if (!lower.has(name.toLowerCase())) {
      return name;
    }
  }
}

/**
 * The name of the sheet that shows `group` (a table id or a group of tables) in `edition`:
 * English names for the English edition, Japanese names for the Japanese one; `fallback`
 * (the table's title) for a group the product does not know by name.
 *
 * @param group - table id, table kind or "claims" / "checks"
 * @param edition - the edition shown, null for the Checks sheet
 * @param fallback - the name to use for an unknown group
 * @returns the wanted name (not yet made unique)
 * @example
 * sheetName("operations_quarterly", "ja", "") //=> "損益計算書(四半期)"
 */
export function sheetName(group: string, edition: Edition | null, fallback: string): string {
  const known = KNOWN[group];
  if (known === undefined) {
    return edition === "ja" && fallback !== "" ? `${fallback} (JA)` : fallback;
  }
  return edition === "ja" ? known.ja : known.en;
}
