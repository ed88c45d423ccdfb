/**
 * Gives every row a Japanese label and says where it came from. A row the Japanese edition
 * prints in the same table has its label as printed there (nothing to record). A row of a table
 * the Japanese edition does not print takes, by its spec's `jaLabel`:
 * - `{ table, item }`: the label the Japanese edition prints for the same line item in another
 *   table (a row whose figures a reconciliation ties to it, or the same service line), recorded
 *   as `labelFrom: { ja: { table, item } }`;
 * - `{ translated }`: where the Japanese edition prints no such line item, the project's own
 *   translation of the English label, recorded as `labelFrom: { ja: "translated" }`.
 * The build fails on a row left without a Japanese label, on a `jaLabel` for a row the Japanese
 * edition prints, and on a `jaLabel` pointing at a row without a printed Japanese label.
 */

/**
 * @param tables - the built tables (rows with `label` as read from the text)
 * @param specs - the table specs, in the same order
 * @param fail - reports a build error and exits
 * @returns the tables, with every row's Japanese label and its `labelFrom` where it is borrowed
 */
function withJapaneseLabels(tables, specs, fail) {
  const printed = (table, item) =>
    tables.find((t) => t.id === table)?.figures.ja?.[item] === undefined
      ? undefined
      : tables.find((t) => t.id === table).rows.find((r) => r.id === item)?.label.ja;
  return tables.map((table, i) => {
    const rows = table.rows.map((row) => {
      const spec = specs[i].rows.find((r) => r.id === row.id).jaLabel;
      if (spec === undefined) {
        if (row.label.ja === undefined) {
          fail(`${table.id}/${row.id}: no Japanese label (give the row a jaLabel)`);
        }
        return row;
      }
      if (row.label.ja !== undefined) {
        fail(`${table.id}/${row.id}: the Japanese edition prints it; remove its jaLabel`);
      }
      let ja;
      let from;
      if (spec.translated !== undefined) {
        ja = spec.translated;
        from = "translated";
      } else {
        ja = printed(spec.table, spec.item);
        from = { table: spec.table, item: spec.item };
        if (ja === undefined) {
          fail(`${table.id}/${row.id}: ${spec.table}/${spec.item} has no printed Japanese label`);
        }
      }
      const { id, role, level, label, ...rest } = row;
      return { id, role, level, label: { en: label.en, ja }, labelFrom: { ja: from }, ...rest };
    });
    return Object.assign({}, table, { rows });
  });
}

module.exports = { withJapaneseLabels };
