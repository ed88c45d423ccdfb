import type {
  ExplainedUnread,
  GridNotCheckable,
  TableFinding,
} from "../../../core/inference/checkGrid";
import type { GridAddress } from "../../../core/inference/GridAddress";
import type { InferredRelation, Rejection } from "../../../core/inference/InferredRelation";
import { rowList } from "../../../core/inference/rowList";
import type { Strings } from "../../i18n/Strings";

/** Words the selection's report in the pane's language, from the inference's data. */
export type SelectionWords = {
  readonly relation: (relation: InferredRelation) => string;
  readonly unread: (part: ExplainedUnread) => string;
  readonly notCheckable: (entry: GridNotCheckable) => string;
  /** A finding's column: its header, or for a column without one its letter, in words. */
  readonly column: (finding: TableFinding) => string;
};

/**
 * The relations, parts not understood and cells not checkable of a checked selection in the
 * pane's language: the inference gives them as data (columns, rows, supports, the failed test),
 * and these words follow the same order as the command line's English.
 *
 * @param t - the pane's strings
 * @param at - names cells as the sheet does
 * @param rowLabels - the tables' row labels, by grid row
 * @returns the wording functions
 * @example
 * selectionWords(ja, at, check.rowLabels).relation(change) //=> "G 列：F 列から D 列への増減率（D5 ÷ F5 − 1）、25 セル中 25 セルが整合"
 */
export function selectionWords(
  t: Strings,
  at: GridAddress,
  rowLabels: ReadonlyMap<number, string>
): SelectionWords {
  const s = t.selection;
  const nameRow = (r: number): string => s.rowName(at.row(r), rowLabels.get(r) ?? "");
  const rejected = (why: Rejection): string => {
    switch (why.kind) {
      case "fewCells":
        return s.fewCells(why.consistent, why.checkable, why.minimum);
      case "underTwoThirds":
        return s.underTwoThirds(why.consistent, why.checkable);
      case "tied":
        return s.tied(why.consistent, why.checkable);
    }
  };
  const relation = (r: InferredRelation): string => {
    const support = s.support(r.consistent, r.checkable);
    switch (r.kind) {
      case "share":
        return s.shareRelation(
          at.column(r.column),
          r.blocks.map((b) =>
            s.shareBase(
              nameRow(b.base),
              at.column(r.of),
              r.blocks.length > 1 ? `${at.row(b.from)}–${at.row(b.to)}` : null
            )
          ),
          support
        );
      case "change": {
        const row = r.rows[0] ?? 0;
        return s.changeRelation(
          at.column(r.column),
          at.column(r.prior),
          at.column(r.current),
          `${at.cell(row, r.current)} ÷ ${at.cell(row, r.prior)} − 1`,
          support
        );
      }
      case "footing":
        return s.footingRelation(
          nameRow(r.row),
          rowList(r.terms, at),
          r.columns.map(at.column),
          r.byLabel,
          support
        );
    }
  };
  const hypothesis = (r: InferredRelation): string =>
    r.kind === "share"
      ? s.shareHypothesis(
          at.column(r.of),
          r.blocks.map((b) => at.row(b.base))
        )
      : r.kind === "change"
        ? s.changeHypothesis(at.column(r.prior), at.column(r.current))
        : relation(r);
  const unread = (part: ExplainedUnread): string => {
    const what =
      part.kind === "row"
        ? s.rowName(at.row(part.index), part.name)
        : s.columnName(at.column(part.index), part.name);
    const why = part.why;
    switch (why.kind) {
      case "noSource":
        return s.notUnderstood(what, s.noSource);
      case "rejected":
        return s.notUnderstood(
          what,
          s.rejectedHypothesis(hypothesis(why.best), rejected(why.rejection))
        );
      case "total":
        return s.notUnderstood(
          what,
          s.totalRejected(why.rejection === null ? null : rejected(why.rejection))
        );
    }
  };
  const notCheckable = (entry: GridNotCheckable): string => {
    const cause = entry.cause;
    switch (cause.kind) {
      case "unreadable":
        return cause.text === "" ? s.cellEmpty(cause.cell) : s.notAFigure(cause.cell, cause.text);
      case "nil":
        return s.nilDash(cause.cell);
      case "zeroDenominator":
        return s.zeroDenominator;
      case "overflow":
        return s.overflow;
    }
  };
  const column = (finding: TableFinding): string =>
    finding.columnName.kind === "header"
      ? finding.columnName.header
      : s.columnName(finding.columnName.column, "");
  return { relation, unread, notCheckable, column };
}
