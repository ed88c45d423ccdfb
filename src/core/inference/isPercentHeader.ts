const PERCENT_WORDS =
  /%|％|percent|per cent|\bpct\b|ratio|構成比|比率|増減率|伸び率|前年比|前期比/i;

/**
 * Whether a column's header says its figures are percentages (`% of Total Revenues`,
 * `YOY Chg %`, `構成比`), so a plain `7.2` under it reads as 7.2%.
 *
 * @param header - the column's header lines, joined
 * @returns true for a percentage header
 * @example
 * isPercentHeader("対営業収益 %") //=> true
 */
export function isPercentHeader(header: string): boolean {
  return PERCENT_WORDS.test(header);
}
