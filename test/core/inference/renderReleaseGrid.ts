import type { GridCell } from "../../../src/core/inference/GridCell";
import type { Edition } from "../../../src/core/model/Edition";
import type { Table } from "../../../src/core/model/Table";

/** How a user's paste of a release table looks. */
export type PasteStyle = {
  /** The release's header lines, other wordings, or none. */
  readonly headers: "release" | "plain" | "none";
  /** Percentages as printed without `%` ("7.2"), all with `%`, or numbers formatted as %. */
  readonly percents: "bare" | "sign" | "format";
  /** A blank column after the labels and between periods. */
  readonly spacers: boolean;
  /** The percentage columns moved after all amount columns. */
  readonly movePercents: boolean;
};

/** A rendered table: the grid and where each of the release's cells landed. */
export type RenderedGrid = {
  readonly grid: GridCell[][];
  /** "rowId|columnId" → "row,column" of the grid. */
  readonly placed: Map<string, string>;
};

const OTHER_HEADER: Record<string, string> = {
  amount: "Amount",
  usd: "US$",
  share: "Share of total (%)",
  change: "Change (%)",
};

function percentCell(text: string, value: number, decimals: number, style: PasteStyle): GridCell {
  const bare = text.replace(/%/g, "");
  switch (style.percents) {
    case "bare":
      return { text: bare };
    case "sign":
      return { text: bare.endsWith(")") ? `${bare.slice(0, -1)}%)` : `${bare}%` };
    case "format":
      return {
        text,
        number: value / 100,
        format: `0.${"0".repeat(decimals)}%;(0.${"0".repeat(decimals)}%)`,
      };
  }
}

/**
 * Renders one table of the release as a plain grid, the way a user would paste it.
 *
 * @param table - the release's table
 * @param edition - which edition's labels and figures
 * @param style - headers, percentages, spacers, column order
 * @returns the grid and where each release cell is
 */
export function renderReleaseGrid(table: Table, edition: Edition, style: PasteStyle): RenderedGrid {
  const figures = table.figures[edition];
  if (figures === undefined) {
    throw new Error(`${table.id} has no ${edition} edition`);
  }
  const isPercent = (i: number): boolean =>
    table.columns[i].kind === "share" || table.columns[i].kind === "change";
  const order = table.columns.map((_, i) => i);
  if (style.movePercents) {
    order.sort((a, b) => Number(isPercent(a)) - Number(isPercent(b)) || a - b);
  }
  // Grid column of each release column: label first, then a spacer before each new period.
  const position = new Map<number, number>();
  let next = style.spacers ? 2 : 1;
  order.forEach((ci, k) => {
    if (style.spacers && k > 0 && table.columns[ci].period !== table.columns[order[k - 1]].period) {
      next += 1;
    }
    position.set(ci, next);
    next += 1;
  });
  const width = next;
  const grid: GridCell[][] = [];
  const blankRow = (): GridCell[] => Array.from({ length: width }, () => ({ text: "" }));
  const unit = blankRow();
  unit[0] = { text: edition === "ja" ? "単位：千円" : `(${table.unit})` };
  grid.push(unit);
  const headers =
    style.headers === "release"
      ? (table.headers[edition] ?? [])
      : style.headers === "plain"
        ? [[]]
        : [];
  for (const line of headers) {
    const row = blankRow();
    table.columns.forEach((column, ci) => {
      const text =
        style.headers === "plain"
          ? `${column.period} ${OTHER_HEADER[column.kind] ?? ""}`
          : (line[ci] ?? "");
      row[position.get(ci) ?? 0] = { text };
    });
    grid.push(row);
  }
  const placed = new Map<string, string>();
  for (const r of table.rows) {
    const row = blankRow();
    row[0] = { text: r.label[edition] ?? r.label.en };
    const cells = figures[r.id];
    cells?.forEach((figure, ci) => {
      if (figure === null) {
        return;
      }
      const at = position.get(ci) ?? 0;
      placed.set(`${r.id}|${table.columns[ci].id}`, `${grid.length},${at}`);
      if (isPercent(ci) && figure.value !== null) {
        row[at] = percentCell(figure.text, figure.value, figure.decimals, style);
      } else if (style.percents === "format" && figure.value !== null) {
        const d = figure.decimals;
        const f = d === 0 ? "#,##0" : `#,##0.${"0".repeat(d)}`;
        row[at] = { text: figure.text, number: figure.value, format: `${f};(${f})` };
      } else {
        row[at] = { text: figure.text };
      }
    });
    grid.push(row);
  }
  return { grid, placed };
}
