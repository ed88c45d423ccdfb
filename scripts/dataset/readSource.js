/**
 * Reading the release's text: its tab-separated blocks, printed figures and printed labels.
 */

/**
 * Splits the source into blocks: maximal runs of consecutive lines that contain a tab.
 * @param {string} text the source file
 * @returns {{ line: number, cells: string[] }[][]} the blocks, each a list of lines (1-based numbers)
 */
function tabBlocks(text) {
  const blocks = [];
  let current = null;
  text.split("\n").forEach((line, i) => {
    if (line.includes("\t")) {
      if (current === null) {
        current = [];
        blocks.push(current);
      }
      current.push({ line: i + 1, cells: line.split("\t") });
    } else {
      current = null;
    }
  });
  return blocks;
}

/**
 * A printed figure as { text, value, decimals }: markup removed, then read by the project's one
 * parser of printed figures (core/numbers/parseReported); a lone dash is nil.
 * @param {(text: string) => { value: number | null, decimals: number } | null} parseReported
 * @param {string} printed the cell as printed
 */
function parseFigure(parseReported, printed) {
  const text = printed.replace(/<\/?u>/g, "");
  const read = parseReported(text);
  if (read === null) {
    throw new Error(`Unreadable figure '${printed}'`);
  }
  return { text, value: read.value, decimals: read.decimals };
}

/**
 * A printed label without markup and footnote markers ("(2)", "⁽²⁾", "^{(*)3}").
 * @param {string} printed the label cell as printed
 */
function cleanLabel(printed) {
  return printed
    .replace(/<\/?[iu]>/g, "")
    .replace(/\s*(\(\d\)|⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾|\^\{\(\*\)\d\})/g, "")
    .trim();
}

module.exports = { tabBlocks, parseFigure, cleanLabel };
