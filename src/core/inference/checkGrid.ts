import type { RuleCounts } from "../checks/CheckReport";
import { evaluateRule } from "../checks/evaluateRule";
import { explainFinding } from "../checks/explainFinding";
import type { Finding, NotCheckable } from "../checks/Finding";
import { RULE_KINDS, type RuleKind } from "../checks/RuleKind";
import type { Edition } from "../model/Edition";
import type { RoundingMode } from "../numbers/RoundingMode";
import { describeRelation, describeUnread } from "./describeRelation";
import { gridAddress, type GridOrigin } from "./GridAddress";
import type { Grid } from "./GridCell";
import { gridSource } from "./gridSource";
import type { InferredRelation, UnreadPart } from "./InferredRelation";
import { inferTable } from "./inferTable";
import { type NotCheckableCause, notCheckableCause } from "./notCheckableCause";
import { readGridCell } from "./readGridCell";
import { readTable } from "./readTable";
import { coveredCells, relationRule } from "./relationRule";
import { splitTables } from "./splitTables";
import type { TableGrid } from "./TableGrid";

/** A finding in a grid: the engine's finding, its cell's A1 address and the inferred formula. */
export type TableFinding = Finding & {
  /** The reported cell, "C12". */
  readonly cell: string;
  /** What it should equal in A1 terms, "B12 ÷ B$30". */
  readonly relation: string;
  /**
   * Its column, as data a reader words in its own language: by its header, or, for a column
   * without one, by its letter (`period` words the latter in English, for the command line).
   */
  readonly columnName:
    | { readonly kind: "header"; readonly header: string }
    | { readonly kind: "headerless"; readonly column: string };
};

/** A table found in the grid. */
export type FoundTable = {
  readonly id: string;
  readonly edition: Edition;
  /** Its rows on the sheet, "3:40". */
  readonly rows: string;
};

/** A table's extent in the grid (zero-based rows, `bottom` excluded) and its columns' headers. */
export type TableHeaders = {
  readonly table: string;
  readonly top: number;
  readonly bottom: number;
  /** Each figure column's header lines, joined ("Mar 31, 2003 JPY"); "" where it has none. */
  readonly columns: ReadonlyMap<number, string>;
};

/** A relation or a part not understood, with the line `--explain` prints for it. */
export type Explained<T> = T & { readonly words: string };

/** A part not understood, with its column's header or its row's label. */
export type ExplainedUnread = Explained<UnreadPart> & { readonly name: string };

/** A covered cell not checkable: the engine's entry, the cell's A1 address and why, as data. */
export type GridNotCheckable = NotCheckable & {
  /** The covered cell, "C12". */
  readonly cell: string;
  readonly cause: NotCheckableCause;
};

/** What checking a grid gives: its tables, what was understood, and the report. */
export type GridCheck = {
  readonly tables: ReadonlyArray<FoundTable>;
  readonly relations: ReadonlyArray<Explained<InferredRelation>>;
  readonly unread: ReadonlyArray<ExplainedUnread>;
  /** Every table's data rows' labels, by grid row: names rows in any language's words. */
  readonly rowLabels: ReadonlyMap<number, string>;
  /** Every table's extent and column headers, so a cell is named by its row and column. */
  readonly tableHeaders: ReadonlyArray<TableHeaders>;
  readonly findings: ReadonlyArray<TableFinding>;
  readonly notCheckable: ReadonlyArray<GridNotCheckable>;
  readonly counts: Readonly<Record<RuleKind, RuleCounts>>;
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Checks any table: reads every cell as the release's figures are read, finds the tables, infers
 * each one's shares, changes and footings, and checks every cell an accepted relation covers with
 * the engine's rules. A part it could not understand is listed, never flagged.
 *
 * @param grid - the cells as the user has them
 * @param mode - how the amounts were rounded
 * @param origin - where the grid's top-left cell is on its sheet
 * @returns the tables, relations, parts not understood and findings
 * @example
 * checkGrid([["", "JPY", "%"], ["A", "931,399", "7.3"], …], "round").findings[0].cell //=> "C2"
 */
export function checkGrid(
  grid: Grid,
  mode: RoundingMode,
  origin: GridOrigin = { row: 0, column: 0 }
): GridCheck {
  const at = gridAddress(origin);
  const readings = grid.map((row) => Array.from(row, readGridCell));
  const tables = splitTables(readings)
    .map((block, i) => readTable(readings, block, `T${i + 1}`))
    .filter((t): t is TableGrid => t !== null);
  const relations: Explained<InferredRelation>[] = [];
  const unread: ExplainedUnread[] = [];
  const rowLabels = new Map<number, string>();
  const tableHeaders: TableHeaders[] = [];
  const findings: TableFinding[] = [];
  const notCheckable: GridNotCheckable[] = [];
  const counts = Object.fromEntries(
    RULE_KINDS.map((k) => [k, { checked: 0, minor: 0, major: 0, notCheckable: 0 }])
  ) as Record<RuleKind, Mutable<RuleCounts>>;
  for (const table of tables) {
    const inferred = inferTable(table);
    const source = gridSource(table);
    const labels = new Map(table.rows.map((r, i) => [r, table.labels[i]]));
    const headers = new Map(table.columns.map((c) => [c.index, c.header]));
    tableHeaders.push({ table: table.id, top: table.top, bottom: table.bottom, columns: headers });
    for (const [r, label] of labels) {
      rowLabels.set(r, label);
    }
    const nameRow = (r: number): string =>
      `row ${at.row(r)}${labels.get(r) ? ` (${labels.get(r)})` : ""}`;
    for (const { relation } of inferred.relations) {
      relations.push({ ...relation, words: describeRelation(relation, at, nameRow) });
    }
    for (const part of inferred.unread) {
      const header = (c: number): string => headers.get(c) ?? "";
      const name = part.kind === "row" ? (labels.get(part.index) ?? "") : header(part.index);
      unread.push({ ...part, name, words: describeUnread(part, at, nameRow, header) });
    }
    const title = `${table.id} (rows ${at.row(table.top)}–${at.row(table.bottom - 1)})`;
    for (const { relation, settled } of inferred.relations) {
      const cells = coveredCells(relation);
      for (let i = 0; i < cells; i++) {
        if (mode === "round" && settled[i] === 1) {
          counts[relation.kind].checked += 1;
          continue;
        }
        const { rule, cell, formula } = relationRule(relation, i, at);
        const tally = counts[rule.kind];
        const evaluation = evaluateRule(rule, source, mode);
        if (evaluation.status === "absent") {
          continue;
        }
        if (evaluation.status === "notCheckable") {
          tally.notCheckable += 1;
          notCheckable.push({
            ruleId: rule.id,
            kind: rule.kind,
            edition: table.edition,
            where: rule.target,
            reason: evaluation.reason,
            cell,
            cause: notCheckableCause(rule, evaluation, table, at),
          });
          continue;
        }
        tally.checked += 1;
        if (evaluation.severity === null) {
          continue;
        }
        tally[evaluation.severity] += 1;
        const label = labels.get(Number(rule.target.item)) ?? "";
        const column = Number(rule.target.column);
        findings.push({
          kind: rule.kind,
          ruleId: rule.id,
          edition: table.edition,
          where: rule.target,
          label: { en: label, ja: label },
          tableTitle: { en: title, ja: title },
          period: headers.get(column) || `column ${at.column(column)}`,
          reported: evaluation.reported,
          recomputed: evaluation.recomputed,
          interval: evaluation.recomputedInterval,
          gapUnits: evaluation.gapUnits,
          severity: evaluation.severity,
          inputs: evaluation.inputs,
          explanation: explainFinding(rule, evaluation, 1, { target: cell, formula }),
          cell,
          relation: formula,
          columnName: headers.get(column)
            ? { kind: "header", header: headers.get(column) ?? "" }
            : { kind: "headerless", column: at.column(column) },
        });
      }
    }
  }
  return {
    tables: tables.map((t) => ({
      id: t.id,
      edition: t.edition,
      rows: `${at.row(t.top)}:${at.row(t.bottom - 1)}`,
    })),
    relations,
    unread,
    rowLabels,
    tableHeaders,
    findings,
    notCheckable,
    counts,
  };
}
