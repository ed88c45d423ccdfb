import type { FakeContext } from "./FakeContext";
import { FakeOfficeError, type SheetState, sameName } from "./fakeState";
import { parseArea } from "./FakeRange";
import { FakeWorksheet } from "./FakeWorksheet";

/** The selected range's sheet and bounds, as Excel resolves them when the request runs. */
function selected(context: FakeContext): { sheet: SheetState; area: ReturnType<typeof parseArea> } {
  const selection = context.state.selection;
  const sheet =
    selection === null
      ? undefined
      : context.state.sheets.find((s) => sameName(s.name, selection.sheet));
  if (selection === null || sheet === undefined) {
    throw new FakeOfficeError("InvalidSelection", "Nothing is selected.");
  }
  // Several areas ("A1:B2,D4") are refused, as getSelectedRange refuses them.
  return { sheet, area: parseArea(selection.address) };
}

/** The part of the selection holding values (getUsedRangeOrNullObject(true)), as loaded. */
class FakeUsedRange {
  isNullObject = true;
  rowIndex = 0;
  columnIndex = 0;
  rowCount = 0;
  columnCount = 0;

  constructor(private readonly context: FakeContext) {}

  load(props: string): this {
    this.context.enqueue("selection", "usedRange.load", props, () => {
      const { sheet, area } = selected(this.context);
      const filled = Object.entries(sheet.cells)
        .filter(([, cell]) => cell.value !== "" && cell.value !== null)
        .map(([key]) => key.split(",").map(Number))
        .filter(
          ([r, c]) =>
            r >= area.row &&
            r < area.row + area.rows &&
            c >= area.column &&
            c < area.column + area.columns
        );
      this.isNullObject = filled.length === 0;
      if (!this.isNullObject) {
        this.rowIndex = Math.min(...filled.map(([r]) => r));
        this.columnIndex = Math.min(...filled.map(([, c]) => c));
        this.rowCount = Math.max(...filled.map(([r]) => r)) - this.rowIndex + 1;
        this.columnCount = Math.max(...filled.map(([, c]) => c)) - this.columnIndex + 1;
      }
    });
    return this;
  }
}

/** workbook.getSelectedRange(): only what reading a selection uses (its used part, its sheet). */
export class FakeSelectedRange {
  constructor(private readonly context: FakeContext) {}

  getUsedRangeOrNullObject(): FakeUsedRange {
    return new FakeUsedRange(this.context);
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => selected(this.context).sheet);
  }
}
