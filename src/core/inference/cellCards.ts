import type { CellCard, CellCardRelation, CellCardRule, CellVerdict } from "./CellCard";
import type { GridCheck } from "./checkGrid";
import { gridAddress, type GridOrigin } from "./GridAddress";
import type { Grid } from "./GridCell";
import { readGridCell } from "./readGridCell";
import { coveredCells, relationRule } from "./relationRule";
import { ruleCells } from "./ruleCells";

/** Excel's widest sheet has 16,384 columns: a row and a column fit one number. */
const COLUMNS = 16384;

/** One place a cell appears in a relation: the covered cell `i` and whether the cell is its target. */
type Entry = { readonly relation: number; readonly i: number; readonly target: boolean };

/** Builds the card of any cell of a checked grid (zero-based row and column). */
export type CellCards = (row: number, column: number) => CellCard | null;

/**
 * The cards of the cells of a checked grid, all from the check itself: the relations are the
 * check's accepted relations, each covered cell's rule is the one the check evaluated
 * (`relationRule`), and the verdicts are the engine's as the check reported them (a finding's
 * severity, a cell not checkable, consistent otherwise). The index of which cells take part in
 * which relation is built once, so each card costs only its own relations.
 *
 * @param grid - the cells as the check read them
 * @param check - the check of that grid
 * @param origin - where the grid's top-left cell is on its sheet
 * @returns the card of a cell, or null for a cell outside the grid
 * @example
 * cellCards(grid, checkGrid(grid, "round"), { row: 0, column: 0 })(4, 3)?.relations.length // 2
 */
export function cellCards(grid: Grid, check: GridCheck, origin: GridOrigin): CellCards {
  const at = gridAddress(origin);
  const entries = new Map<number, Entry[]>();
  const add = (row: number, column: number, entry: Entry): void => {
    const key = row * COLUMNS + column;
    const list = entries.get(key);
    if (list === undefined) {
      entries.set(key, [entry]);
    } else if (!list.some((e) => e.relation === entry.relation && e.i === entry.i)) {
      list.push(entry);
    }
  };
  check.relations.forEach((relation, k) => {
    for (let i = 0; i < coveredCells(relation); i++) {
      const [target, ...operands] = ruleCells(relationRule(relation, i, at).rule);
      add(Number(target.item), Number(target.column), { relation: k, i, target: true });
      for (const ref of operands) {
        add(Number(ref.item), Number(ref.column), { relation: k, i, target: false });
      }
    }
  });
  const findings = new Map(check.findings.map((f) => [f.ruleId, f]));
  const notCheckable = new Map(check.notCheckable.map((n) => [n.ruleId, n]));
  const verdictOf = (ruleId: string): CellVerdict =>
    findings.get(ruleId)?.severity ?? (notCheckable.has(ruleId) ? "notCheckable" : "consistent");

  return (row, column) => {
    if (row < 0 || column < 0 || row >= grid.length || column >= COLUMNS) {
      return null;
    }
    const cell = at.cell(row, column);
    const raw = grid[row]?.[column];
    const reading = readGridCell(raw ?? null);
    const table = check.tableHeaders.find((t) => row >= t.top && row < t.bottom) ?? null;
    const relations: CellCardRelation[] = [];
    const own = entries.get(row * COLUMNS + column) ?? [];
    for (const k of [...new Set(own.map((e) => e.relation))].sort((a, b) => a - b)) {
      const relation = check.relations[k];
      const mine = own.filter((e) => e.relation === k);
      const rules = mine.map((e): CellCardRule => {
        const { rule, cell: target, formula } = relationRule(relation, e.i, at);
        return {
          target,
          formula,
          operands: ruleCells(rule)
            .slice(1)
            .map((ref) => at.cell(Number(ref.item), Number(ref.column))),
          verdict: verdictOf(rule.id),
        };
      });
      relations.push({
        index: k,
        relation,
        role: mine.some((e) => e.target) ? "target" : "operand",
        explains: {
          consistent: relation.consistent,
          checkable: relation.checkable,
          covered: coveredCells(relation),
        },
        rules,
      });
    }
    return {
      cell,
      row,
      column,
      text: raw?.text ?? "",
      reading: reading.kind,
      table: table?.table ?? null,
      rowLabel: check.rowLabels.get(row) ?? "",
      columnHeader: table?.columns.get(column) ?? "",
      relations,
      findings: check.findings.filter((f) => f.cell === cell),
      notCheckable: check.notCheckable.filter((n) => n.cell === cell),
      unread:
        table === null
          ? []
          : check.unread.filter(
              (u) =>
                u.table === table.table && (u.kind === "row" ? u.index === row : u.index === column)
            ),
    };
  };
}
