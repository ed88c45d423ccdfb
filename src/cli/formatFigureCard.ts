import type { FigureCardJson } from "./figureCardJson";

/**
 * A figure card as the text `npm run figure` prints: the figure, where it is printed, one line
 * per related figure with the engine's verdict, and the findings with their explanations.
 *
 * @param card - the card as data (`figureCardJson`)
 * @returns the lines
 * @example
 * formatFigureCard(cardJson)[0] //=> "Value-added services · 4Q02 · amount (en)"
 */
export function formatFigureCard(card: FigureCardJson): string[] {
  const lines = [
    `${card.label} · ${card.period} · ${card.columnKind} (${card.edition})`,
    `printed   ${card.printed} (${card.unit})`,
  ];
  if (card.current !== undefined) {
    lines.push(`current   ${card.current}`);
  }
  lines.push(
    `section   ${card.sectionTitle}`,
    `row       ${card.row}`,
    `column    ${card.column}`,
    `line      ${card.line ?? "not recorded"}`,
    "",
    card.relations.length === 0 ? "relations none" : "relations"
  );
  const width = Math.max(0, ...card.relations.map((r) => r.kind.length));
  for (const r of card.relations) {
    const where = `${r.item} ${r.period} ${r.column}${r.edition === card.edition ? "" : ` (${r.edition})`}`;
    lines.push(
      `  ${r.kind.padEnd(width)}  ${where}  ${r.printed ?? ""}${r.verdict === undefined ? "" : `  ${r.verdict}`}`
    );
  }
  lines.push("", card.findings.length === 0 ? "findings  none" : "findings");
  for (const f of card.findings) {
    lines.push(`  ${f.severity} ${f.kind}: ${f.explanation}`);
  }
  return lines;
}
