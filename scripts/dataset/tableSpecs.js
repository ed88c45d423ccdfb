/**
 * The release's tables as structure: ids, kinds, columns, rows (roles, children, levels, aliases)
 * and where each edition prints them (the index of the tab-separated block in the source file).
 * buildRelease.js joins this structure with the figures, labels and headers read from the source.
 */
const { statementTables } = require("./statementTables");
const { operatingTables } = require("./operatingTables");

/**
 * Table specs in dataset order. `blocks[edition]` lists the source's tab-separated blocks (0-based,
 * in file order) that print the table, and `headerLines` how many of the first block's lines are
 * column headers. `mergedHeading` marks a block whose first body line prints a heading in <i>…</i>
 * before the first item's label; `transposed` marks the cross-selling table printed as one row.
 * `title.ja` is the title the Japanese edition prints; a table it does not print gives instead
 * `jaTitle: { translated }` (japaneseTitles.js), as its rows give `jaLabel` (japaneseLabels.js).
 */
const TABLES = [...statementTables, ...operatingTables];

module.exports = { TABLES };
