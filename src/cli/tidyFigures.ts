import type { Dataset } from "../core/model/Dataset";
import type { Edition } from "../core/model/Edition";
import type { Unit } from "../core/model/Unit";
import { figureProvenance } from "../core/provenance/figureProvenance";

/** One figure of the release as a tidy row: what, where, for when, how much, as printed. */
export type TidyFigure = {
  readonly edition: Edition;
  readonly table: string;
  readonly item: string;
  readonly label: string;
  readonly column: string;
  readonly period: string;
  readonly value: number | null;
  readonly unit: Unit;
  readonly text: string;
  /** The section that prints it, as the edition names it ("Appendix 1", "表 1"). */
  readonly section: string;
  /** The 1-based line of the release's text that prints it (null when the dataset has none). */
  readonly line: number | null;
};

/**
 * Every figure of the chosen editions, one row each, in table, row and column order.
 *
 * @param dataset - the release
 * @param editions - which editions to include
 * @returns the tidy rows
 * @example
 * tidyFigures(dataset, ["en"])[0].text //=> "28,299"
 */
export function tidyFigures(
  dataset: Dataset,
  editions: ReadonlyArray<Edition>
): ReadonlyArray<TidyFigure> {
  const rows: TidyFigure[] = [];
  for (const edition of editions) {
    for (const table of dataset.tables) {
      const figures = table.figures[edition];
      if (figures === undefined) {
        continue;
      }
      table.rows.forEach((row, r) => {
        const cells = figures[row.id];
        if (cells === undefined) {
          return;
        }
        table.columns.forEach((column, i) => {
          const figure = cells[i];
          if (figure === null || figure === undefined) {
            return;
          }
          const where = figureProvenance(table, r, i, edition);
          const unit: Unit =
            column.kind === "amount" || column.kind === "usd"
              ? (row.unit ?? column.unit)
              : "percent";
          rows.push({
            edition,
            table: table.id,
            item: row.id,
            label: row.label[edition] ?? row.label.en,
            column: column.id,
            period: column.period,
            value: figure.value,
            unit,
            text: figure.text,
            section: where.section.name[edition] ?? where.section.name.en,
            line: where.line ?? null,
          });
        });
      });
    }
  }
  return rows;
}
