import type { Severity } from "../../src/core/checks/Severity";
import { checkGrid } from "../../src/core/inference/checkGrid";
import type { GridCell } from "../../src/core/inference/GridCell";
import { gridHighlights } from "../../src/core/inference/gridHighlights";
import { statementCells } from "../excel/selectionStatement";
import { timeBest } from "./timeBest";

const SEVERITIES: ReadonlyArray<Severity> = ["major", "minor"];

/** The statement of `rows` rows (blocks of 8 items and a total, 6 periods) as the pane reads it. */
function statementGrid(rows: number): GridCell[][] {
  return statementCells(rows, 6, 8).map((row) =>
    row.map((c) => ({
      text: c.text,
      number: typeof c.value === "number" ? c.value : undefined,
      format: c.format,
    }))
  );
}

/** The check of a statement's selection and its highlight rules, timed in the same run. */
function measure(
  rows: number,
  repeats: number
): { check: number; highlight: number; rules: number } {
  const grid = statementGrid(rows);
  const origin = { row: 0, column: 0 };
  const checked = timeBest(() => checkGrid(grid, "round", origin), repeats);
  const relations = checked.result.relations;
  const highlighted = timeBest(
    () => gridHighlights(grid, relations, origin, "Sheet", "round", SEVERITIES),
    repeats
  );
  return {
    check: checked.seconds,
    highlight: highlighted.seconds,
    rules: highlighted.result.length,
  };
}

const ms = (seconds: number): number => Number((seconds * 1000).toFixed(1));

/**
 * "Highlight in this sheet" after "Check the selection": the rules of a 1,000-row and a
 * 10,000-row statement (major and minor), the growth from one to the other, and the rules'
 * time against the check of the same selection in the same run.
 */
export function run(): ReadonlyArray<object> {
  const small = measure(1_000, 3);
  const large = measure(10_000, 1);
  return [
    {
      figure: "selection_highlight_growth",
      ms_1000_rows: ms(small.highlight),
      ms_10000_rows: ms(large.highlight),
      rules_1000_rows: small.rules,
      rules_10000_rows: large.rules,
      growth: Number((large.highlight / small.highlight).toFixed(2)),
      target: "<= 12x the time for 10x the rows",
    },
    {
      figure: "selection_highlight_over_check",
      rows: 10_000,
      check_ms: ms(large.check),
      highlight_ms: ms(large.highlight),
      highlight_over_check: Number((large.highlight / large.check).toFixed(2)),
      target: "well under 1x the check",
    },
  ];
}
