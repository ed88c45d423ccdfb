import { cellUnit } from "../checks/cellUnit";
import { explainCellProblem } from "../checks/explainCellProblem";
import type { Rule } from "../checks/Rule";
import type { CellRef } from "../model/CellRef";
import type { Edition } from "../model/Edition";
import { figureProvenance } from "../provenance/figureProvenance";
import type { CardContext } from "./CardContext";
import { cellKey } from "./cellKey";
import { describeCell } from "./describeCell";
import type { FigureCard } from "./FigureCard";
import type { FigureRelation } from "./FigureRelation";
import { RELATION_KINDS, type RelationKind } from "./RelationKind";
import { ruleInputs } from "./ruleInputs";
import { verdictOf } from "./verdictOf";

/** What the card's figure is to a rule's other cells, by the figure's role in the rule. */
function relationsOf(
  ref: CellRef,
  edition: Edition,
  rule: Rule,
  role: "target" | "input"
): ReadonlyArray<{ kind: RelationKind; ref: CellRef; edition: Edition; judged: boolean }> {
  const inputs = ruleInputs(rule);
  const key = cellKey(ref);
  if (rule.kind === "edition") {
    return [{ kind: "otherEdition", ref, edition: edition === "en" ? "ja" : "en", judged: true }];
  }
  if (role === "target") {
    const kind: RelationKind =
      rule.kind === "footing" || rule.kind === "reconciliation" ? "part" : "input";
    return inputs.map((input) => ({ kind, ref: input, edition, judged: true }));
  }
  switch (rule.kind) {
    case "footing":
    case "reconciliation":
      return [
        { kind: "total", ref: rule.target, edition, judged: true },
        ...inputs
          .filter((input) => cellKey(input) !== key)
          .map((input) => ({ kind: "sibling" as const, ref: input, edition, judged: false })),
      ];
    case "claim":
      return [{ kind: "claim", ref: rule.target, edition, judged: true }];
    case "share":
    case "change":
    case "translation":
      return [{ kind: "computed", ref: rule.target, edition, judged: true }];
  }
}

/**
 * The card of one printed figure: what it is, where the release prints it, every figure the
 * engine's rules relate it to (with the rule's verdict), and the engine's findings on it. The
 * relations are read off the rules the check ran, so the card and the check never disagree.
 *
 * @param context - the indexed check (`createCardContext`)
 * @param ref - the figure's cell
 * @param edition - the edition
 * @returns the card, or undefined when the edition prints no figure in that cell
 * @example
 * buildCard(cardContext, ref, "en")?.relations.length //=> 11
 */
export function buildCard(
  context: CardContext,
  ref: CellRef,
  edition: Edition
): FigureCard | undefined {
  const figure = describeCell(context, ref, edition);
  const table = context.index.tables.get(ref.table);
  if (figure === undefined || figure.printed === null || table === undefined) {
    return undefined;
  }
  const seen = new Set<string>();
  const relations: FigureRelation[] = [];
  for (const { rule, role } of context.links.get(cellKey(ref)) ?? []) {
    if (!rule.editions.includes(edition)) {
      continue;
    }
    for (const related of relationsOf(ref, edition, rule, role)) {
      const other = describeCell(context, related.ref, related.edition);
      const id = `${related.kind}|${cellKey(related.ref)}|${related.edition}`;
      const self = related.edition === edition && cellKey(related.ref) === cellKey(ref);
      if (other === undefined || other.printed === null || self || seen.has(id)) {
        continue;
      }
      seen.add(id);
      const verdict = related.judged ? verdictOf(context, rule, edition) : undefined;
      relations.push({
        kind: related.kind,
        figure: other,
        ruleId: rule.id,
        ruleKind: rule.kind,
        ...(verdict === undefined ? {} : { verdict }),
      });
    }
  }
  const position = context.index.columnPositions.get(`${ref.table}|${ref.column}`) ?? -1;
  const printed = table.figures[edition]?.[ref.item]?.[position];
  const reading = context.sources[edition]?.(ref);
  const current =
    reading === undefined || reading.kind === "absent"
      ? undefined
      : reading.kind === "unreadable"
        ? { text: explainCellProblem(reading.reason).en }
        : reading.value !== (printed?.value ?? null)
          ? { text: reading.text }
          : undefined;
  return {
    figure,
    unit: cellUnit(context.index, ref) ?? table.unit,
    tableTitle: table.title,
    provenance: figureProvenance(
      table,
      table.rows.findIndex((r) => r.id === ref.item),
      position,
      edition
    ),
    ...(current === undefined ? {} : { current }),
    // Totals first, the other edition last: the order the card reads in (a stable sort).
    relations: relations.sort(
      (a, b) => RELATION_KINDS.indexOf(a.kind) - RELATION_KINDS.indexOf(b.kind)
    ),
    findings: (context.findings.get(cellKey(ref)) ?? []).filter(
      (f) => f.edition === edition || f.kind === "edition"
    ),
  };
}
