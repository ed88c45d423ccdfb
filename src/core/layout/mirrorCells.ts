import { a1, quoteSheet } from "./a1";
import type { CellOperand, Expr } from "./formula/Expr";
import { addRow, type SheetDraft } from "./SheetDraft";

/** A sheet being laid out, with the rows whose column-A text may overflow. */
export type DraftEntry = { readonly draft: SheetDraft; readonly wide: Set<number> };

/** A checked cell and the cells of other sheets its rule reads, in the order the rule reads them. */
export type MirrorNeed = {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  /** The rule's id: each rule on a cell gets mirrors of its own. */
  readonly rule: string;
  readonly operands: ReadonlyArray<CellOperand>;
};

const TITLE = {
  en: "Figures of other sheets that the highlights above read",
  ja: "上の強調表示が参照する他の表の数値",
} as const;

const COLUMN_TITLE = { en: "Read by the highlight", ja: "強調表示の参照値" } as const;

const operandKey = (cell: CellOperand) => `${cell.sheet}\u0000${cell.row}\u0000${cell.column}`;

/**
 * The cells of other sheets in a formula, each once, in the order the formula reads them.
 *
 * @param expr - the formula
 * @param sheet - the sheet the formula lives on
 * @returns the operands on other sheets
 * @example
 * otherSheetOperands(op(cellOnOperatingData, "*", num(1000)), "Operations (Quarterly)").length //=> 1
 */
export function otherSheetOperands(expr: Expr, sheet: string): CellOperand[] {
  const found = new Map<string, CellOperand>();
  const walk = (e: Expr): void => {
    if (e.kind === "cell") {
      if (e.cell.sheet !== sheet && !found.has(operandKey(e.cell))) {
        found.set(operandKey(e.cell), e.cell);
      }
    } else if (e.kind === "binary") {
      walk(e.left);
      walk(e.right);
    } else if (e.kind === "call") {
      e.args.forEach(walk);
    }
  };
  walk(expr);
  return [...found.values()];
}

/**
 * Mirrors, on a sheet, the cells of other sheets its highlights read, and says where. A
 * conditional format may not reference another sheet (a saved rule may not hold one), so each
 * such cell gets a visible formula on the highlight's own sheet,
 * `=IF(ISNUMBER('Other'!B22),'Other'!B22,"")` (a blank, text or error there reads as not a
 * number, as the engine reads it), and the rule reads that cell instead.
 *
 * The mirrors stand at a fixed offset from the cell they serve, so that neighbouring cells
 * checked alike keep one formula in relative terms and share a rule: in columns right of the
 * sheet's content when the checked cells are all in one column under a header row (the
 * claims: the header names the mirrors' columns), else in blocks below it, one block per
 * operand a cell's rules read (the k-th operand of every cell in the k-th block, in the cell's
 * own column and at its row's offset, read with its row anchored so a rule spans a row and
 * never a row inserted between a cell and its mirror).
 *
 * @param sheets - every sheet being laid out, by name
 * @param needs - every checked cell that reads other sheets
 * @returns for a need's sheet, rule and operand, the mirror cell on the need's sheet
 * @example
 * mirrorCells(sheets, needs)(need, need.operands[0]) //=> { sheet: "Claims", row: 3, column: 7, fixedRow: false }
 */
export function mirrorCells(
  sheets: ReadonlyMap<string, DraftEntry>,
  needs: ReadonlyArray<MirrorNeed>
): (need: MirrorNeed, operand: CellOperand) => CellOperand | undefined {
  const placed = new Map<string, CellOperand>();
  const slotKey = (need: MirrorNeed, operand: CellOperand) =>
    `${need.sheet}\u0000${need.row}\u0000${need.column}\u0000${need.rule}\u0000${operandKey(operand)}`;
  const bySheet = new Map<string, MirrorNeed[]>();
  for (const need of needs) {
    const list = bySheet.get(need.sheet) ?? [];
    list.push(need);
    bySheet.set(need.sheet, list);
  }
  for (const [sheet, list] of bySheet) {
    const entry = sheets.get(sheet);
    if (entry === undefined) {
      continue;
    }
    const { draft, wide } = entry;
    // Layers: each cell's rules take the next free layers, one per operand.
    const used = new Map<string, number>();
    const layered = list.map((need) => {
      const cell = `${need.row}:${need.column}`;
      const first = used.get(cell) ?? 0;
      used.set(cell, first + need.operands.length);
      return { need, first };
    });
    const layers = Math.max(...[...used.values()]);
    const top = Math.min(...list.map((n) => n.row));
    const bottom = Math.max(...list.map((n) => n.row));
    // Beside the cells when they form one column under a header row (the claims), else below.
    const right =
      list.every((n) => n.column === list[0].column) && draft.headerRows.includes(top - 1);
    const width = Math.max(...draft.values.map((r) => r.length));
    const height = bottom - top + 1;
    let base = draft.values.length;
    if (right) {
      for (let k = 0; k < layers; k++) {
        const title = `${COLUMN_TITLE[draft.edition ?? "en"]} (${k + 1})`;
        setCell(draft, top - 1, width + k, title, "General");
      }
    } else {
      for (let k = 0; k < layers; k++) {
        addRow(draft, []);
        const title = addRow(draft, [`${TITLE[draft.edition ?? "en"]} (${k + 1}/${layers})`]);
        draft.headerRows.push(title);
        wide.add(title);
        if (k === 0) {
          base = title + 1;
        }
        for (let r = top; r <= bottom; r++) {
          const label = draft.values[r]?.[0];
          wide.add(addRow(draft, [typeof label === "string" ? label : ""]));
        }
      }
    }
    for (const { need, first } of layered) {
      need.operands.forEach((operand, k) => {
        const layer = first + k;
        const at = right
          ? { row: need.row, column: width + layer }
          : { row: base + layer * (height + 2) + need.row - top, column: need.column };
        const ref = `${quoteSheet(operand.sheet)}!${a1(operand.row, operand.column)}`;
        const source = sheets.get(operand.sheet)?.draft.formats[operand.row]?.[operand.column];
        setCell(draft, at.row, at.column, `=IF(ISNUMBER(${ref}),${ref},"")`, source ?? "General");
        // Below the tables, the row is anchored: a rule over several rows would otherwise read
        // the wrong mirror once a row is inserted between a target and its mirror.
        placed.set(slotKey(need, operand), { sheet, ...at, fixedRow: !right });
      });
    }
  }
  return (need, operand) => placed.get(slotKey(need, operand));
}

function setCell(draft: SheetDraft, row: number, column: number, value: string, format: string) {
  const values = draft.values[row];
  const formats = draft.formats[row];
  while (values.length <= column) {
    values.push(null);
    formats.push("General");
  }
  values[column] = value;
  formats[column] = format;
}
