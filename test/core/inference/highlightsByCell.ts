import type { Severity } from "../../../src/core/checks/Severity";
import { formatDecimals } from "../../../src/core/inference/formatDecimals";
import { gridAddress, type GridOrigin } from "../../../src/core/inference/GridAddress";
import type { Grid } from "../../../src/core/inference/GridCell";
import type { InferredRelation } from "../../../src/core/inference/InferredRelation";
import { readGridCell } from "../../../src/core/inference/readGridCell";
import { coveredCells, relationRule } from "../../../src/core/inference/relationRule";
import type { CellHighlight } from "../../../src/core/layout/CellHighlight";
import { mapCells } from "../../../src/core/layout/formula/mapCells";
import { ruleFormula } from "../../../src/core/layout/formula/ruleFormula";
import { highlightExpr } from "../../../src/core/layout/formula/ruleHighlight";
import {
  groupHighlightAreas,
  MAX_AREAS_ADDRESS,
} from "../../../src/core/layout/groupHighlightAreas";
import type { PlacedCell, PlannedHighlight } from "../../../src/core/layout/WorkbookPlan";
import type { RoundingMode } from "../../../src/core/numbers/RoundingMode";

/**
 * The selection's highlight rules by their definition, one cell at a time: every covered cell's
 * whole highlight formula, grouped by `groupHighlightAreas` (formulas equal in relative terms),
 * with a share's base row fixed or relative, whichever takes fewer rules. Slow (every formula
 * rendered in full), so a reference for `gridHighlights`, which must give exactly these rules.
 */
export function highlightsByCell(
  grid: Grid,
  relations: ReadonlyArray<InferredRelation>,
  origin: GridOrigin,
  sheet: string,
  mode: RoundingMode,
  severities: ReadonlyArray<Severity>,
  areas = true
): ReadonlyArray<PlannedHighlight> {
  const at = gridAddress(origin);
  const place = (r: number, c: number): PlacedCell | undefined => {
    const cell = grid[r]?.[c];
    const reading = cell?.number === undefined ? null : readGridCell(cell);
    if (cell === null || cell === undefined || reading === null || reading.kind !== "figure") {
      return undefined;
    }
    const percent = cell.format !== undefined && formatDecimals(cell.format)?.percent === true;
    return {
      edition: "en",
      ref: { table: "", item: String(r), column: String(c) },
      sheet,
      address: at.cell(r, c),
      row: origin.row + r,
      column: origin.column + c,
      storage: percent ? "percent" : "amount",
      decimals: reading.decimals,
    };
  };
  const fixed: CellHighlight[] = [];
  const relative: CellHighlight[] = [];
  for (const relation of relations) {
    for (let i = 0; i < coveredCells(relation); i++) {
      const { rule } = relationRule(relation, i, at);
      const f = ruleFormula(
        rule,
        "en",
        (_, ref) => place(Number(ref.item), Number(ref.column)),
        mode
      );
      if (f === null) {
        continue;
      }
      for (const severity of severities) {
        const expr = highlightExpr(f, severity);
        const cell = {
          sheet,
          row: f.target.row,
          column: f.target.column,
          severity,
          rule: rule.kind,
        };
        fixed.push({ ...cell, expr });
        relative.push({ ...cell, expr: mapCells(expr, (c) => ({ ...c, fixedRow: false })) });
      }
    }
  }
  const maxAddress = areas ? MAX_AREAS_ADDRESS : 0;
  const stay = groupHighlightAreas(fixed, maxAddress).get(sheet) ?? [];
  const moving = groupHighlightAreas(relative, maxAddress).get(sheet) ?? [];
  return moving.length < stay.length ? moving : stay;
}
