import type { CellProblem } from "./CellProblem";
import type { Bilingual } from "./explainWords";

/**
 * Why a cell holds no figure, as a clause in both languages (no final full stop): the cell by
 * its address where the reader knows it, and what it holds. Text the user typed is quoted, cut
 * at 40 characters.
 *
 * @param problem - the problem, as data
 * @returns the clause in English and Japanese
 * @example
 * explainCellProblem({ kind: "error", error: "#N/A", cell: "Sheet1!C7" })
 * //=> { en: "Sheet1!C7 holds the error #N/A", ja: "Sheet1!C7 はエラー #N/A です" }
 */
export function explainCellProblem(problem: CellProblem): Bilingual {
  const cell =
    "cell" in problem && problem.cell !== undefined
      ? { en: problem.cell, ja: `${problem.cell} ` }
      : { en: "the cell", ja: "セル" };
  switch (problem.kind) {
    case "blank":
      return { en: `${cell.en} is blank`, ja: `${cell.ja}は空白です` };
    case "text": {
      const text = problem.text.slice(0, 40);
      return {
        en: `${cell.en} holds the text "${text}", not a number`,
        ja: `${cell.ja}は数値ではなく文字列「${text}」です`,
      };
    }
    case "boolean": {
      const value = problem.value ? "TRUE" : "FALSE";
      return {
        en: `${cell.en} holds ${value}, not a number`,
        ja: `${cell.ja}は数値ではなく ${value} です`,
      };
    }
    case "error":
      return {
        en: `${cell.en} holds the error ${problem.error}`,
        ja: `${cell.ja}はエラー ${problem.error} です`,
      };
    case "notFinite":
      return {
        en: `${cell.en} holds a number that is not finite`,
        ja: `${cell.ja}の数値が有限ではありません`,
      };
    case "sheetGone":
      return {
        en: `the sheet ${problem.sheet} is gone`,
        ja: `シート「${problem.sheet}」がありません`,
      };
    case "rowGone":
      return {
        en: `the row "${problem.label}" is no longer on ${problem.sheet}`,
        ja: `行「${problem.label}」がシート「${problem.sheet}」にありません`,
      };
    case "columnGone":
      return {
        en: `the column of ${problem.column} under "${problem.label}" is no longer on ${problem.sheet}`,
        ja: `「${problem.label}」の ${problem.column} の列がシート「${problem.sheet}」にありません`,
      };
  }
}
