import type { DatasetIndex } from "../model/DatasetIndex";
import type { Claim } from "../model/Claim";
import type { Edition } from "../model/Edition";
import { CLAIMS_TABLE } from "../checks/Rule";
import type { RoundingMode } from "../numbers/RoundingMode";
import { a1 } from "./a1";
import { asFraction } from "./asFraction";
import { call, type Expr, num, op, text } from "./formula/Expr";
import { cellRef } from "./formula/operands";
import { renderFormula } from "./formula/renderFormula";
import type { PlacementLookup } from "./formula/ruleFormula";
import { ruleFormula } from "./formula/ruleFormula";
import { verdictExpr } from "./formula/ruleHighlight";
import { numberFormatFor } from "./numberFormatFor";
import { addRow, type SheetDraft } from "./SheetDraft";

const WORDS = {
  en: {
    title: "Percentages claimed in the text, recomputed from the tables",
    note: "Recomputed: a live formula over the tables' cells. Verdict: the engine's rounding rule",
    headers: ["Section", "Subject", "Period", "Base period", "Claimed", "Recomputed", "Verdict"],
    verdicts: {
      major: "major",
      minor: "minor",
      consistent: "consistent",
      notCheckable: "not checkable",
    },
    mode: { round: "amounts rounded", truncate: "amounts truncated" },
  },
  ja: {
    title: "本文中の割合と表からの再計算",
    note: "再計算: 表のセルを参照する数式。判定: エンジンと同じ丸めの規則",
    headers: ["項目", "対象", "期間", "比較期間", "記載値", "再計算値", "判定"],
    verdicts: { major: "重大", minor: "軽微", consistent: "整合", notCheckable: "検証不能" },
    mode: { round: "金額は四捨五入", truncate: "金額は切り捨て" },
  },
} as const;

function pointExpr(claim: Claim, edition: Edition, find: PlacementLookup): Expr | null {
  const f = claim.formula;
  const refs =
    f.kind === "change"
      ? [f.current, f.base]
      : f.kind === "share"
        ? [f.numerator, f.denominator]
        : [f.revenue, f.cost];
  const cells = refs.map((r) => find(edition, r));
  if (cells[0] === undefined || cells[1] === undefined) {
    return null;
  }
  const [a, b] = [cellRef(cells[0]), cellRef(cells[1])];
  const value =
    f.kind === "change"
      ? op(op(a, "/", b), "-", num(1))
      : f.kind === "share"
        ? op(a, "/", b)
        : op(num(1), "-", op(b, "/", a));
  const divisor = f.kind === "margin" ? a : b;
  return call(
    "IF",
    call("AND", call("ISNUMBER", a), call("ISNUMBER", b)),
    call("IF", op(divisor, "<>", num(0)), value, text("")),
    text("")
  );
}

/**
 * Lays out the claims sheet of one edition: per percentage the prose claims, its section,
 * subject, period and base period, the claimed figure (a fraction, its printed decimals), the
 * value recomputed by a live formula over the tables' cells, and the verdict as a formula.
 * The claimed cell is placed as `{ table: "claims", item: claim.id, column: "claimed" }`.
 *
 * @param draft - the (empty) claims sheet
 * @param index - the dataset index
 * @param edition - the edition whose claims are laid out
 * @param find - where the tables' cells were placed
 * @param mode - the rounding mode
 * @returns the claims laid out, each with its claimed cell's row
 * @example
 * layoutClaims(draft, index, "en", find, "round").length //=> 42
 */
export function layoutClaims(
  draft: SheetDraft,
  index: DatasetIndex,
  edition: Edition,
  find: PlacementLookup,
  mode: RoundingMode
): ReadonlyArray<{ readonly claim: Claim; readonly row: number }> {
  const words = WORDS[edition];
  addRow(draft, [words.title]);
  addRow(draft, [`${words.note} (${words.mode[mode]}).`]);
  const header = addRow(draft, [...words.headers]);
  draft.headerRows.push(header);
  draft.freeze = { rows: header + 1, columns: 2 };
  const claims = index.dataset.claims.filter((c) => c.edition === edition);
  const laidOut = claims.map((claim) => {
    const row = draft.values.length;
    const label = index.items.get(claim.subject)?.[0]?.row.label;
    const subject =
      label === undefined ? claim.subject : edition === "ja" ? (label.ja ?? label.en) : label.en;
    const claimed = claim.claimed;
    draft.placements.push({
      edition,
      ref: { table: CLAIMS_TABLE, item: claim.id, column: "claimed" },
      sheet: draft.name,
      address: a1(row, 4),
      row,
      column: 4,
      storage: "percent",
      decimals: claimed.decimals,
    });
    const point = pointExpr(claim, edition, find);
    const rule = ruleFormula(
      {
        kind: "claim",
        id: `claim:${claim.id}`,
        editions: [edition],
        target: { table: CLAIMS_TABLE, item: claim.id, column: "claimed" },
        claim,
      },
      edition,
      (e, ref) =>
        ref.table === CLAIMS_TABLE && ref.item === claim.id
          ? draft.placements[draft.placements.length - 1]
          : find(e, ref),
      mode
    );
    addRow(
      draft,
      [
        claim.section,
        subject,
        claim.period,
        claim.basePeriod ?? "",
        asFraction(claimed.value ?? 0),
        point === null ? "" : "=" + renderFormula(point, draft.name),
        rule === null
          ? words.verdicts.notCheckable
          : "=" + renderFormula(verdictExpr(rule, words.verdicts), draft.name),
      ],
      [
        "General",
        "General",
        "General",
        "General",
        numberFormatFor("percent", claimed.decimals, false),
        numberFormatFor("percent", claimed.decimals + 2, false),
        "General",
      ]
    );
    return { claim, row };
  });
  return laidOut;
}
