import type { Table } from "../model/Table";
import type { Section } from "./Section";

/**
 * The section that prints a table: its printed identifier and, per edition, that identifier
 * with the table's title.
 *
 * @param table - the table
 * @returns the section
 * @example
 * sectionOf(operationsQuarterly).title.en //=> "Appendix 1 — Consolidated Statements of Operations (Quarterly)"
 */
export function sectionOf(table: Table): Section {
  const title = (text: string, source: string): string =>
    text === source ? text : `${source} — ${text}`;
  const en = title(table.title.en, table.source.en);
  const ja =
    table.title.ja === undefined
      ? undefined
      : title(table.title.ja, table.source.ja ?? table.source.en);
  return { id: table.source.en, name: table.source, title: ja === undefined ? { en } : { en, ja } };
}
