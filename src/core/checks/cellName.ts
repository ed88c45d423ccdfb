import type { CellRef } from "../model/CellRef";
import type { DatasetIndex } from "../model/DatasetIndex";
import type { Unit } from "../model/Unit";
import { UNIT_WORDS, type Bilingual } from "./explainWords";

/** A cell as a sentence names it: its label and period (and unit), in both languages. */
export type CellName = {
  readonly name: Bilingual;
  readonly label: Bilingual;
  readonly unit: Unit;
};

/**
 * Names a cell of the dataset as an explanation does: its row's label and its column's period,
 * with the unit for an amount.
 *
 * @param index - the dataset (undefined: no names)
 * @param ref - the cell
 * @returns the names, or null for a cell the dataset does not have
 * @example
 * cellName(index, ref)?.name.en //=> "Value-added services (4Q02, JPY thousands)"
 */
export function cellName(index: DatasetIndex | undefined, ref: CellRef): CellName | null {
  const table = index?.tables.get(ref.table);
  const row = table?.rows.find((r) => r.id === ref.item);
  const position = index?.columnPositions.get(`${ref.table}|${ref.column}`);
  const column = position === undefined ? undefined : table?.columns[position];
  if (table === undefined || row === undefined || column === undefined) {
    return null;
  }
  const unit =
    column.kind === "amount" || column.kind === "usd" ? (row.unit ?? column.unit) : "percent";
  // Every row of the release has a Japanese label (see Row.labelFrom); a user's may not.
  const label = { en: row.label.en, ja: row.label.ja ?? row.label.en };
  const unitEn = unit === "percent" ? "" : `, ${UNIT_WORDS[unit].en}`;
  const unitJa = unit === "percent" ? "" : `、${UNIT_WORDS[unit].ja}`;
  return {
    name: {
      en: `${label.en} (${column.period}${unitEn})`,
      ja: `${label.ja}（${column.period}${unitJa}）`,
    },
    label,
    unit,
  };
}
