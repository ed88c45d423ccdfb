import type { GridOrigin } from "../core/inference/GridAddress";
import type { GridCell } from "../core/inference/GridCell";
import { rangeAddress } from "../core/layout/a1";
import { toWorkbookError } from "./errors";
import { estimateBytes } from "./estimateBytes";
import { selectionGridCell } from "./selectionGridCell";
import { REQUEST_BUDGET_BYTES } from "./syncInRequests";

/** The most cells a selection check reads: 2,000,000 (about 60 MB of values, text and formats). */
export const MAX_SELECTION_CELLS = 2_000_000;

/**
 * What a cell is assumed to bring back before any has been read: its value, its text and its
 * format as JSON. A release's cells take 25 to 40 bytes; the first block assumes more, and the
 * next blocks are sized by the largest row read so far.
 */
const FIRST_BYTES_PER_CELL = 120;

/** The selection read, or why there is nothing to check. */
export type SelectionRead =
  | {
      readonly kind: "read";
      /** The sheet's name and its stable id (highlights and "go to" follow the id). */
      readonly sheet: string;
      readonly sheetId: string;
      /** The part of the selection that holds values, "B3:K60". */
      readonly address: string;
      readonly origin: GridOrigin;
      readonly grid: ReadonlyArray<ReadonlyArray<GridCell | null>>;
      /** How many requests the reading took. */
      readonly requests: number;
    }
  | { readonly kind: "empty"; readonly sheet: string }
  | { readonly kind: "notOneArea" }
  | { readonly kind: "tooLarge"; readonly cells: number; readonly limit: number };

function isPayloadError(error: unknown): boolean {
  return toWorkbookError(error, "").kind === "payloadTooLarge";
}

/**
 * Reads the selected range (the part of it that holds values) as the inference takes it: each
 * cell's value, text as displayed and number format. Excel on the web refuses a request or an
 * answer over 5 MB, and a 10,000 × 20 selection brings back about 6 MB, so the rows are read in
 * blocks, each sized to bring back about `budget` bytes by the largest row read so far; a block
 * Excel still refuses for its size is read again in halves.
 *
 * @param context - the request context
 * @param budget - the estimated bytes one answer may carry
 * @returns the cells and where they are, or why there is nothing to read
 */
export async function readSelection(
  context: Excel.RequestContext,
  budget: number = REQUEST_BUDGET_BYTES
): Promise<SelectionRead> {
  const selected = context.workbook.getSelectedRange();
  const used = selected.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const sheet = selected.worksheet.load("name,id");
  try {
    await context.sync();
  } catch (error) {
    const kind = toWorkbookError(error, "").kind;
    // Several areas selected: getSelectedRange refuses them (its documented behaviour).
    if (kind === "failed" || kind === "unsupported") {
      return { kind: "notOneArea" };
    }
    throw toWorkbookError(error, "The selection could not be read.");
  }
  if (used.isNullObject) {
    return { kind: "empty", sheet: sheet.name };
  }
  const { rowIndex: top, columnIndex: left, rowCount: rows, columnCount: columns } = used;
  if (rows * columns > MAX_SELECTION_CELLS) {
    return { kind: "tooLarge", cells: rows * columns, limit: MAX_SELECTION_CELLS };
  }
  const source = context.workbook.worksheets.getItem(sheet.id);
  const grid: Array<Array<GridCell | null>> = [];
  let rowBytes = FIRST_BYTES_PER_CELL * columns;
  let requests = 1;
  while (grid.length < rows) {
    const take = Math.max(1, Math.min(rows - grid.length, Math.floor(budget / rowBytes)));
    const block = source
      .getRangeByIndexes(top + grid.length, left, take, columns)
      .load("values,text,numberFormat");
    requests += 1;
    try {
      // Each block must come back before the next is sized: that is what bounds the answers.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (take > 1 && isPayloadError(error)) {
        rowBytes = Math.ceil(budget / Math.floor(take / 2));
        continue;
      }
      throw toWorkbookError(error, "The selection could not be read.");
    }
    const largest = block.values.reduce(
      (max, values, r) =>
        Math.max(max, estimateBytes(0, [values, block.text[r], block.numberFormat[r]])),
      0
    );
    rowBytes = grid.length === 0 ? largest : Math.max(rowBytes, largest);
    block.values.forEach((values, r) =>
      grid.push(
        values.map((value, c) =>
          selectionGridCell(value, block.text[r][c], String(block.numberFormat[r][c]))
        )
      )
    );
  }
  return {
    kind: "read",
    sheet: sheet.name,
    sheetId: sheet.id,
    address: rangeAddress(top, left, rows, columns),
    origin: { row: top, column: left },
    grid,
    requests,
  };
}
