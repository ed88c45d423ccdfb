import type { FigureReading, FigureSource } from "../checks/FigureReading";
import type { EditionSources } from "../checks/runChecks";
import type { CellRef } from "../model/CellRef";
import type { Edition } from "../model/Edition";
import { formatReported } from "../numbers/formatReported";
import type { PlacementLookup } from "./formula/ruleFormula";
import { placementLookup } from "./placementKey";
import type { PlacedCell, WorkbookPlan } from "./WorkbookPlan";

/** A value as Excel returns it from a range: a number, text, a boolean, "" for blank, or an error's text. */
export type GridValue = number | string | boolean | null | undefined;

/** The values read back from the workbook, per sheet name, each grid anchored at A1. */
export type Grids = Readonly<Record<string, ReadonlyArray<ReadonlyArray<GridValue>>>>;

const EXCEL_ERROR =
  /^#(?:DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|CONNECT!|BLOCKED!|UNKNOWN!|PYTHON!|TIMEOUT!)$/;
const ABSENT: FigureReading = { kind: "absent" };

function reading(cell: PlacedCell, value: GridValue): FigureReading {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      return {
        kind: "unreadable",
        reason: { kind: "notFinite", cell: `${cell.sheet}!${cell.address}` },
      };
    }
    if (value === 0 && cell.printedNil === true) {
      return { kind: "figure", value: null, decimals: cell.decimals, text: "-" };
    }
    // Percent cells hold fractions; ×100 leaves binary noise (7.300000000000001) that 15
    // significant digits, Excel's own precision, take away.
    const scaled = cell.storage === "percent" ? Number((value * 100).toPrecision(15)) : value;
    const text = formatReported({
      value: scaled,
      decimals: cell.decimals,
      style: {
        negative: "parentheses",
        grouped: true,
        percent: cell.storage === "percent",
        fullWidth: false,
      },
    });
    return { kind: "figure", value: scaled, decimals: cell.decimals, text };
  }
  if (value === null || value === undefined || value === "") {
    return { kind: "unreadable", reason: { kind: "blank", cell: `${cell.sheet}!${cell.address}` } };
  }
  if (typeof value === "boolean") {
    return {
      kind: "unreadable",
      reason: { kind: "boolean", value, cell: `${cell.sheet}!${cell.address}` },
    };
  }
  if (EXCEL_ERROR.test(value)) {
    return {
      kind: "unreadable",
      reason: { kind: "error", error: value, cell: `${cell.sheet}!${cell.address}` },
    };
  }
  return {
    kind: "unreadable",
    reason: { kind: "text", text: value.slice(0, 40), cell: `${cell.sheet}!${cell.address}` },
  };
}

function sourceOf(placed: PlacementLookup, edition: Edition, grids: Grids): FigureSource {
  return (ref: CellRef) => {
    const cell = placed(edition, ref);
    if (cell === undefined) {
      return ABSENT;
    }
    return reading(cell, grids[cell.sheet]?.[cell.row]?.[cell.column]);
  };
}

/**
 * The figures of a workbook laid out by `plan`, read back from its sheets (a user's edits
 * included), as the engine's sources: numbers are figures (percent cells ×100, a 0 where the
 * release prints a nil dash is nil), text, blanks, booleans and Excel errors are unreadable
 * with a reason, cells the plan did not place are absent. Only editions the plan placed.
 *
 * @param plan - the plan the workbook was written from
 * @param grids - each sheet's values from A1, by sheet name
 * @returns the engine's sources
 * @example
 * gridSources(plan, grids).en?.({ table: "balance_sheet", item: "assets.total", column: "jpy_2003-03-31" }) //=> { kind: "figure", value: 41245906, decimals: 0, text: "41,245,906" }
 */
export function gridSources(plan: Pick<WorkbookPlan, "placements">, grids: Grids): EditionSources {
  const placed = placementLookup(plan.placements);
  const has = (edition: Edition) => plan.placements.some((p) => p.edition === edition);
  return {
    en: has("en") ? sourceOf(placed, "en", grids) : undefined,
    ja: has("ja") ? sourceOf(placed, "ja", grids) : undefined,
  };
}
