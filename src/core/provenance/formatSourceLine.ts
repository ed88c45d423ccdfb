import type { Edition } from "../model/Edition";
import type { Provenance } from "./Provenance";

/**
 * Where a figure is printed, as one line of text: section, row, column and line, joined by " · "
 * (what `=IIJ.SOURCE` returns and the figure card shows).
 *
 * @param provenance - where the figure is printed
 * @param edition - the edition the provenance is for: the section's name and the word for line
 * @returns the line
 * @example
 * formatSourceLine(figureProvenance(operationsQuarterly, 4, 1, "en"), "en") //=> "Appendix 1 · Value-added services · Mar 31, 2003 JPY · line 604"
 */
export function formatSourceLine(provenance: Provenance, edition: Edition): string {
  const section = provenance.section.name[edition] ?? provenance.section.name.en;
  const parts = [section, provenance.row, provenance.column];
  if (provenance.line !== undefined) {
    parts.push(edition === "ja" ? `${provenance.line}行目` : `line ${provenance.line}`);
  }
  return parts.join(" · ");
}
