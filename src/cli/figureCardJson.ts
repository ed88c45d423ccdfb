import type { CardColumn } from "../core/card/CardColumn";
import type { FigureCard } from "../core/card/FigureCard";
import type { RelationKind } from "../core/card/RelationKind";
import type { RuleVerdict } from "../core/card/RuleVerdict";
import type { Edition } from "../core/model/Edition";
import { formatSourceLine } from "../core/provenance/formatSourceLine";

/** A figure card as `npm run figure -- --json` prints it. */
export type FigureCardJson = {
  readonly item: string;
  readonly period: string;
  /** Which figure of the item and period: amount, share, yoy, qoq or usd. */
  readonly columnKind: CardColumn | "claim";
  readonly edition: Edition;
  readonly label: string;
  readonly unit: string;
  readonly printed: string;
  readonly current?: string;
  readonly section: string;
  readonly sectionTitle: string;
  readonly row: string;
  /** The column's header as printed. */
  readonly column: string;
  readonly line: number | null;
  /** Where it is printed, as one line (`formatSourceLine`). */
  readonly source: string;
  readonly relations: ReadonlyArray<{
    readonly kind: RelationKind;
    readonly item: string;
    readonly period: string;
    readonly column: CardColumn | "claim";
    readonly edition: Edition;
    readonly printed: string | null;
    readonly verdict?: RuleVerdict;
  }>;
  readonly findings: ReadonlyArray<{
    readonly kind: string;
    readonly severity: string;
    readonly reported: string;
    readonly recomputed: number;
    readonly explanation: string;
  }>;
};

/**
 * A card as plain data for `--json`: the figure, where it is printed, its relations and findings
 * (explanations in the card's edition).
 *
 * @param card - the card
 * @returns the JSON value
 * @example
 * figureCardJson(card).line //=> 604
 */
export function figureCardJson(card: FigureCard): FigureCardJson {
  const { figure, provenance } = card;
  const edition = figure.edition;
  return {
    item: figure.item,
    period: figure.period,
    columnKind: figure.column,
    edition,
    label: figure.label[edition] ?? figure.label.en,
    unit: card.unit,
    printed: figure.printed ?? "",
    ...(card.current === undefined ? {} : { current: card.current.text }),
    section: provenance.section.id,
    sectionTitle: provenance.section.title[edition] ?? provenance.section.title.en,
    row: provenance.row,
    column: provenance.column,
    line: provenance.line ?? null,
    source: formatSourceLine(provenance, edition),
    relations: card.relations.map((r) => ({
      kind: r.kind,
      item: r.figure.item,
      period: r.figure.period,
      column: r.figure.column,
      edition: r.figure.edition,
      printed: r.figure.printed,
      ...(r.verdict === undefined ? {} : { verdict: r.verdict }),
    })),
    findings: card.findings.map((f) => ({
      kind: f.kind,
      severity: f.severity,
      reported: f.reported.text,
      recomputed: f.recomputed,
      explanation: f.explanation[edition],
    })),
  };
}
