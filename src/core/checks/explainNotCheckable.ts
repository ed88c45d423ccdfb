import type { CellRef } from "../model/CellRef";
import type { DatasetIndex } from "../model/DatasetIndex";
import { cellName } from "./cellName";
import { explainCellProblem } from "./explainCellProblem";
import type { Bilingual } from "./explainWords";
import type { NotCheckableReason } from "./NotCheckableReason";

/** An input named by its label and period where the dataset has it, else by its ids. */
function inputName(index: DatasetIndex | undefined, ref: CellRef): Bilingual {
  const name = cellName(index, ref)?.name;
  const ids = `${ref.table} ${ref.item} ${ref.column}`;
  return name ?? { en: ids, ja: ids };
}

/**
 * Why a cell could not be checked, as a sentence in both languages, worded from the engine's
 * reason (never from English text): the input by its label and period, the cell's problem by
 * its address and content.
 *
 * @param reason - the engine's reason, as data
 * @param index - the dataset, to name inputs by their labels
 * @returns the sentence in English and Japanese
 * @example
 * explainNotCheckable({ kind: "zeroDenominator" }).ja
 * //=> "分母がゼロの可能性があります（丸めを考慮した範囲にゼロが含まれます）。"
 */
export function explainNotCheckable(reason: NotCheckableReason, index?: DatasetIndex): Bilingual {
  switch (reason.kind) {
    case "reportedUnreadable": {
      const p = explainCellProblem(reason.problem);
      return {
        en: `The reported figure cannot be read: ${p.en}.`,
        ja: `記載値を読み取れません：${p.ja}。`,
      };
    }
    case "reportedNotFinite":
      return {
        en: "The reported figure is not a finite number.",
        ja: "記載値が有限の数値ではありません。",
      };
    case "reportedNil":
      return {
        en: "The reported percentage is a nil dash, so it cannot be checked.",
        ja: "記載値が「-」（ゼロ）のため、率として検証できません。",
      };
    case "inputAbsent": {
      const n = inputName(index, reason.ref);
      return { en: `${n.en} has no figure.`, ja: `${n.ja} の数値がありません。` };
    }
    case "inputUnreadable": {
      const n = inputName(index, reason.ref);
      const p = explainCellProblem(reason.problem);
      return {
        en: `${n.en} cannot be read: ${p.en}.`,
        ja: `${n.ja} を読み取れません：${p.ja}。`,
      };
    }
    case "inputNotFinite": {
      const n = inputName(index, reason.ref);
      return {
        en: `${n.en} is not a finite number.`,
        ja: `${n.ja} が有限の数値ではありません。`,
      };
    }
    case "zeroDenominator":
      return {
        en: "The denominator may be zero (its range as rounded includes zero).",
        ja: "分母がゼロの可能性があります（丸めを考慮した範囲にゼロが含まれます）。",
      };
    case "overflow":
      return {
        en: "The recomputed value is too large to compute with.",
        ja: "再計算した値が大きすぎて計算できません。",
      };
    case "editionUnreadable": {
      const p = explainCellProblem(reason.problem);
      return reason.edition === "en"
        ? {
            en: `The English edition's figure cannot be read: ${p.en}.`,
            ja: `英文版の数値を読み取れません：${p.ja}。`,
          }
        : {
            en: `The Japanese edition's figure cannot be read: ${p.en}.`,
            ja: `和文版の数値を読み取れません：${p.ja}。`,
          };
    }
  }
}
