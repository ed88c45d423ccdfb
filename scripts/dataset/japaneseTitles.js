/**
 * Gives every table a Japanese title and says where it came from. A table the Japanese edition
 * prints has its title as printed there, in its spec's `title.ja` (nothing to record). A table it
 * does not print (the non-GAAP reconciliations, cross-selling) takes its spec's
 * `jaTitle: { translated }`, the project's own translation of the English title, recorded as
 * `titleFrom: { ja: "translated" }`. The build fails on a table left without a Japanese title, on
 * a `jaTitle` for a table the Japanese edition prints, and on a table with both.
 */

/**
 * @param table - the built table (its `title` as in the spec)
 * @param spec - its spec
 * @param fail - reports a build error and exits
 * @returns the table with its Japanese title, and `titleFrom` after `title` where it is translated
 */
function withJapaneseTitle(table, spec, fail) {
  const printsJa = spec.blocks.ja !== undefined;
  if (spec.jaTitle === undefined) {
    if (table.title.ja === undefined) {
      fail(`${table.id}: no Japanese title (give the table a jaTitle)`);
    }
    return table;
  }
  if (printsJa) {
    fail(`${table.id}: the Japanese edition prints it; give its printed title, not a jaTitle`);
  }
  if (table.title.ja !== undefined) {
    fail(`${table.id}: both title.ja and jaTitle`);
  }
  if (typeof spec.jaTitle.translated !== "string" || spec.jaTitle.translated === "") {
    fail(`${table.id}: jaTitle needs { translated: "…" }`);
  }
  const { id, kind, title, ...rest } = table;
  return {
    id,
    kind,
    title: { en: title.en, ja: spec.jaTitle.translated },
    titleFrom: { ja: "translated" },
    ...rest,
  };
}

module.exports = { withJapaneseTitle };
