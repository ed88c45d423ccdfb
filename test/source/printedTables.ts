import * as fs from "fs";
import type { Edition } from "../../src/core/model/Edition";
import type { Table } from "../../src/core/model/Table";

/**
 * The release's text read as tables, independently of scripts/dataset: tab-separated blocks,
 * where each table is printed, its header lines and its rows. Used by release.source.ts.
 */

/**
 * The release's text these checks read: the file `npm run verify-source -- [FILE]` names (by
 * default the shared copy beside the repository), passed in IIJ_RELEASE_TEXT.
 */
export const SOURCE = process.env.IIJ_RELEASE_TEXT;

/** A line of a printed table: its 1-based line number in the source and its tab-separated cells. */
export type Line = { readonly number: number; readonly cells: ReadonlyArray<string> };

let cached: ReadonlyArray<string> | undefined;
/** The source's lines; throws (so a test fails, never skips) when the file is absent. */
export function sourceLines(): ReadonlyArray<string> {
  if (cached === undefined) {
    if (SOURCE === undefined) {
      throw new Error(
        "No release text given: run these checks with `npm run verify-source -- [FILE]`."
      );
    }
    if (!fs.existsSync(SOURCE)) {
      throw new Error(`The release's text is missing at ${SOURCE}.`);
    }
    cached = fs.readFileSync(SOURCE, "utf8").split("\n");
  }
  return cached;
}

/** Maximal runs of consecutive lines holding a tab: the tables as the release prints them. */
export function tabBlocks(): ReadonlyArray<ReadonlyArray<Line>> {
  const blocks: Line[][] = [];
  let current: Line[] | null = null;
  sourceLines().forEach((text, i) => {
    if (!text.includes("\t")) {
      current = null;
      return;
    }
    if (current === null) {
      current = [];
      blocks.push(current);
    }
    current.push({ number: i + 1, cells: text.split("\t") });
  });
  return blocks;
}

/** Where each table is printed: tab blocks in file order (0-based) and the header lines. */
export const PRINTED: Readonly<
  Record<string, Partial<Record<Edition, { blocks: number[]; headerLines: number }>>>
> = {
  contracts: { ja: { blocks: [0, 1], headerLines: 1 }, en: { blocks: [12, 13], headerLines: 1 } },
  dedicated_access_revenue: {
    ja: { blocks: [2], headerLines: 1 },
    en: { blocks: [14], headerLines: 1 },
  },
  contracted_bandwidth: {
    ja: { blocks: [3], headerLines: 1 },
    en: { blocks: [15], headerLines: 1 },
  },
  backbone_costs: { ja: { blocks: [4], headerLines: 1 }, en: { blocks: [16], headerLines: 1 } },
  other_statistics: { ja: { blocks: [5], headerLines: 1 }, en: { blocks: [17], headerLines: 1 } },
  operations_quarterly: {
    ja: { blocks: [6], headerLines: 3 },
    en: { blocks: [20], headerLines: 3 },
  },
  operations_annual: { ja: { blocks: [7], headerLines: 2 }, en: { blocks: [21], headerLines: 3 } },
  balance_sheet: { ja: { blocks: [8], headerLines: 2 }, en: { blocks: [22], headerLines: 2 } },
  cash_flows_quarterly: {
    ja: { blocks: [9], headerLines: 2 },
    en: { blocks: [23], headerLines: 2 },
  },
  cash_flows_annual: { ja: { blocks: [10], headerLines: 2 }, en: { blocks: [24], headerLines: 2 } },
  cross_selling: { en: { blocks: [11], headerLines: 2 } },
  ebitda_reconciliation: { en: { blocks: [18], headerLines: 1 } },
  capex_reconciliation: { en: { blocks: [19], headerLines: 1 } },
};

/** A cell without the <i>/<u> markup the text carries; markup is not part of a figure. */
export function withoutMarkup(cell: string): string {
  return cell.replace(/<\/?[iu]>/g, "");
}

/** A printed label without markup and footnote markers ("(2)", "⁽²⁾", "^{(*)3}"). */
export function cleanLabel(cell: string): string {
  return withoutMarkup(cell)
    .replace(/\s*(\(\d\)|⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾|\^\{\(\*\)\d\})/g, "")
    .trim();
}

/** A row as printed: its label and its cells, one per column. */
export type PrintedRow = { readonly label: string; readonly cells: ReadonlyArray<string> };

/** A table as one edition prints it: its header lines and its rows, aligned with the columns. */
export function printed(
  table: Table,
  edition: Edition
): { headers: string[][]; rows: PrintedRow[] } {
  const where = PRINTED[table.id][edition];
  if (where === undefined) {
    throw new Error(`no print location for ${table.id}/${edition}`);
  }
  const blocks = tabBlocks();
  const lines = where.blocks.flatMap((b) => blocks[b]);
  const headerLines = lines.slice(0, where.headerLines).map((l) => l.cells.slice(1));
  const body = lines.slice(where.headerLines);
  if (table.id === "cross_selling") {
    // Printed transposed: one row, a pair of years per service; the dataset's rows are the services.
    const [services, years] = headerLines;
    if (body.length !== 1 || years.join(" ") !== "2001 2002 2001 2002 2001 2002") {
      throw new Error("the cross-selling table is no longer printed as one row of year pairs");
    }
    return {
      headers: [years.slice(0, 2)],
      rows: [0, 1, 2].map((s) => ({
        label: services[2 * s],
        cells: body[0].cells.slice(1 + 2 * s, 3 + 2 * s),
      })),
    };
  }
  const rows: PrintedRow[] = [];
  for (const line of body) {
    // Table 1 in English prints the "IP Service" heading in italics before the first item.
    const merged = /^<i>([^<]+)<\/i>\s+(.+)$/.exec(line.cells[0]);
    if (merged !== null && line.number === lines[where.headerLines].number) {
      rows.push({ label: merged[1], cells: line.cells.slice(1).map(() => "") });
      rows.push({ label: merged[2], cells: line.cells.slice(1) });
    } else {
      rows.push({ label: line.cells[0], cells: line.cells.slice(1) });
    }
  }
  return { headers: headerLines, rows };
}

/** The editions that print a table. */
export function editionsOf(table: Table): Edition[] {
  return (["en", "ja"] as const).filter((e) => table.figures[e] !== undefined);
}

/** The header lines of every printed table. */
export function headerLines(blocks: ReadonlyArray<ReadonlyArray<Line>>): Line[] {
  return Object.values(PRINTED)
    .flatMap((byEdition) => Object.values(byEdition))
    .flatMap((w) => (w === undefined ? [] : blocks[w.blocks[0]].slice(0, w.headerLines)));
}

/** Every non-empty cell printed in a table's body (not its labels or headers), markup removed. */
export function bodyCells(blocks: ReadonlyArray<ReadonlyArray<Line>>): string[] {
  const headers = new Set(headerLines(blocks).map((l) => l.number));
  return blocks
    .flat()
    .filter((line) => !headers.has(line.number))
    .flatMap((line) => line.cells.slice(1).map(withoutMarkup))
    .filter((cell) => cell !== "");
}
