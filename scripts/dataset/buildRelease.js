/**
 * Writes src/data/release.json from the source document and the structure in tableSpecs.js:
 * figures, labels and headers are read from the source's tab-separated tables, never typed.
 * Run: node scripts/dataset/buildRelease.js [path/to/source.txt]
 */
const fs = require("fs");
const path = require("path");
const { tabBlocks, parseFigure, cleanLabel } = require("./readSource");
const { TABLES } = require("./tableSpecs");
const { reconciliations } = require("./reconciliationSpecs");
const { claims } = require("./claimSpecs");

const SOURCE =
  process.argv[2] ||
  path.resolve(__dirname, "../../../shared/source/iij-fy2002-q4-earnings-release.txt");
const OUT = path.resolve(__dirname, "../../src/data/release.json");

function fail(message) {
  throw new Error(message);
}

/** Reads one edition of one table: labels per row, headers, figures. */
function readEdition(spec, edition, blocks) {
  const lines = spec.blocks[edition].flatMap((b) => blocks[b]);
  const width = (spec.transposed || {})[edition] ? 7 : spec.columns.length + 1;
  for (const { line, cells } of lines) {
    if (cells.length !== width)
      fail(`${spec.id}/${edition}: line ${line} has ${cells.length} cells`);
  }
  const headerLines = lines.slice(0, spec.headerLines[edition]);
  const body = lines.slice(spec.headerLines[edition]);
  const labels = {};
  const figures = {};
  if ((spec.transposed || {})[edition]) {
    const [services, years] = headerLines.map((l) => l.cells);
    if (body.length !== 1) fail(`${spec.id}: expected one printed row`);
    spec.rows.forEach((row, r) => {
      labels[row.id] = cleanLabel(services[2 * r + 1]);
      figures[row.id] = [body[0].cells[2 * r + 1], body[0].cells[2 * r + 2]].map(parseFigure);
    });
    return { labels, figures, headers: [[years[1], years[2]]] };
  }
  const printed = [];
  body.forEach(({ cells }, i) => {
    const merged =
      i === 0 && (spec.mergedHeading || {})[edition]
        ? /^<i>([^<]+)<\/i>\s*(.*)$/.exec(cells[0])
        : null;
    if (merged !== null) {
      printed.push({ label: merged[1], cells: cells.slice(1).map(() => "") });
      printed.push({ label: merged[2], cells: cells.slice(1) });
    } else {
      printed.push({ label: cells[0], cells: cells.slice(1) });
    }
  });
  if (printed.length !== spec.rows.length) {
    fail(`${spec.id}/${edition}: ${printed.length} printed rows, ${spec.rows.length} specified`);
  }
  spec.rows.forEach((row, r) => {
    const { label, cells } = printed[r];
    labels[row.id] = cleanLabel(label);
    const empty = cells.every((c) => c === "");
    if (empty !== (row.role === "heading"))
      fail(`${spec.id}/${edition}: row ${row.id} vs '${label}'`);
    if (row.role !== "heading") {
      figures[row.id] = cells.map((c) => (c === "" ? null : parseFigure(c)));
    }
  });
  return { labels, figures, headers: headerLines.map((l) => l.cells.slice(1)) };
}

function buildTable(spec, blocks) {
  const editions = Object.keys(spec.blocks).sort();
  const read = Object.fromEntries(editions.map((e) => [e, readEdition(spec, e, blocks)]));
  const rows = spec.rows.map((row) => {
    const label = { en: read.en.labels[row.id] };
    if (read.ja) label.ja = read.ja.labels[row.id];
    const rest = Object.assign({}, row);
    delete rest.id;
    delete rest.role;
    delete rest.level;
    return Object.assign({ id: row.id, role: row.role, level: row.level, label }, rest);
  });
  const table = {
    id: spec.id,
    kind: spec.kind,
    title: spec.title,
    source: spec.source,
    unit: spec.unit,
    columns: spec.columns,
    headers: Object.fromEntries(editions.map((e) => [e, read[e].headers])),
    rows,
    figures: Object.fromEntries(editions.map((e) => [e, read[e].figures])),
  };
  if (spec.notes) table.notes = spec.notes;
  return table;
}

const quarter = (id, fiscalYear, q, start, end) => ({
  kind: "quarter",
  id,
  fiscalYear,
  quarter: q,
  start,
  end,
});
const year = (id, fiscalYear, start, end) => ({ kind: "year", id, fiscalYear, start, end });
const instant = (date) => ({ kind: "instant", id: date, date });

function build() {
  const blocks = tabBlocks(fs.readFileSync(SOURCE, "utf8"));
  if (blocks.length !== 25) fail(`expected 25 tab blocks, found ${blocks.length}`);
  return {
    release: {
      id: "iij-fy2002-q4",
      company: { en: "Internet Initiative Japan Inc.", ja: "株式会社インターネットイニシアティブ" },
      ticker: "IJJI",
      published: { en: "2003-05-20", ja: "2003-05-21" },
      fiscalYearEnd: "2003-03-31",
    },
    fxRate: { jpyPerUsd: 118.07, text: "118.07", asOf: "2003-03-31" },
    periods: [
      quarter("4Q02", 2002, 4, "2003-01-01", "2003-03-31"),
      quarter("3Q02", 2002, 3, "2002-10-01", "2002-12-31"),
      quarter("4Q01", 2001, 4, "2002-01-01", "2002-03-31"),
      year("FY2002", 2002, "2002-04-01", "2003-03-31"),
      year("FY2001", 2001, "2001-04-01", "2002-03-31"),
      instant("2003-03-31"),
      instant("2002-12-31"),
      instant("2002-03-31"),
    ],
    tables: TABLES.map((spec) => buildTable(spec, blocks)),
    reconciliations: reconciliations(),
    claims: claims(),
  };
}

/** Puts each figure and each cell reference on one line, so a table reads row by row. */
function compact(json) {
  return json
    .replace(
      /\{\n\s+"text": (.*),\n\s+"value": (.*),\n\s+"decimals": (\d+)\n\s+\}/g,
      '{ "text": $1, "value": $2, "decimals": $3 }'
    )
    .replace(
      /\{\n\s+"table": (.*),\n\s+"item": (.*),\n\s+"column": (.*)\n\s+\}/g,
      '{ "table": $1, "item": $2, "column": $3 }'
    )
    .replace(/\{\n\s+"item": (.*),\n\s+"sign": (.*)\n\s+\}/g, '{ "item": $1, "sign": $2 }');
}

async function main() {
  const prettier = require("prettier");
  const json = compact(JSON.stringify(build(), null, 2));
  const options = Object.assign({}, await prettier.resolveConfig(OUT), { parser: "json" });
  fs.writeFileSync(OUT, await prettier.format(json, options));
  console.log(`wrote ${OUT}`);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
