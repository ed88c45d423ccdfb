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
 * A printed figure as { text, value, decimals }: markup removed, parentheses and a leading minus
 * are negative, "%" is dropped from the value, a lone dash is nil.
 * @param {string} printed the cell as printed
 */
function parseFigure(printed) {
  const text = printed.replace(/<\/?u>/g, "");
  if (text === "-") {
    return { text, value: null, decimals: 0 };
  }
  const match = /^(\()?(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%)?(\))?$/.exec(text);
  if (match === null || Boolean(match[1]) !== Boolean(match[6])) {
    throw new Error(`Unreadable figure '${printed}'`);
  }
  const negative = Boolean(match[1]) || Boolean(match[2]);
  const fraction = match[4] || "";
  const magnitude = Number(match[3].replace(/,/g, "") + (fraction ? "." + fraction : ""));
  return {
    text,
    value: negative ? (magnitude === 0 ? 0 : -magnitude) : magnitude,
    decimals: fraction.length,
  };
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
