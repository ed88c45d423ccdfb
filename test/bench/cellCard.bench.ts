import { checkGrid } from "../../src/core/inference/checkGrid";
import { cellCards } from "../../src/core/inference/cellCards";
import type { GridCell } from "../../src/core/inference/GridCell";
import { parseCsv } from "../../src/core/inference/parseCsv";
import { statementCsv } from "./table.bench";
import { timeBest } from "./timeBest";

/**
 * The cell card of a checked 10,000-row × 20-column selection: indexing the check by cell (paid
 * at the first card of a check) against the check itself in the same run, and one card after
 * that (a block's total, which feeds the most rules) against the same check.
 */
export function run(): ReadonlyArray<object> {
  const csv = parseCsv(statementCsv(10_000, 7));
  if (!csv.ok) {
    throw new Error(csv.message);
  }
  const grid: GridCell[][] = csv.rows.map((row) => row.map((text) => ({ text })));
  const origin = { row: 0, column: 0 };
  const checked = timeBest(() => checkGrid(grid, "round", origin), 3);
  const check = checked.result;
  const indexed = timeBest(() => cellCards(grid, check, origin)(1, 2), 3);
  const cards = cellCards(grid, check, origin);
  const total = grid.findIndex((row) => row[0]?.text === "Total block");
  const card = timeBest(() => cards(total, 2), 20);
  return [
    {
      figure: "cell_card_index_over_check",
      rows: grid.length,
      check_ms: Number((checked.seconds * 1000).toFixed(1)),
      first_card_ms: Number((indexed.seconds * 1000).toFixed(1)),
      index_over_check: Number((indexed.seconds / checked.seconds).toFixed(2)),
      target: "<= 1x the check",
    },
    {
      figure: "cell_card_over_check",
      card_ms: Number((card.seconds * 1000).toFixed(2)),
      relations: card.result?.relations.length ?? 0,
      rules: card.result?.relations.reduce((n, r) => n + r.rules.length, 0) ?? 0,
      card_over_check: Number((card.seconds / checked.seconds).toFixed(4)),
      target: "<= 0.01x the check",
    },
  ];
}
