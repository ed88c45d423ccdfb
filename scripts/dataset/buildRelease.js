/**
 * Writes src/data/release.json from the release's text and the structure in tableSpecs.js:
 * figures, labels and headers are read from the text's tab-separated tables, the company, dates,
 * exchange rate and periods from its prose and headers, each claim's place and sign from its
 * sentence (placeClaims.js); nothing the text prints is typed here.
 * Run: npm run dataset -- [FILE] (writes), or npm run dataset -- --check [FILE] (fails when the
 * committed file differs from a rebuild). FILE defaults to ../shared/source/ beside the repository.
 */
const fs = require("fs");
const path = require("path");
const { parseArgs } = require("util");
const { tabBlocks, parseFigure: parseFigureWith, cleanLabel } = require("./readSource");
const { TABLES } = require("./tableSpecs");
const { withJapaneseLabels } = require("./japaneseLabels");
const { withJapaneseTitle } = require("./japaneseTitles");
const { reconciliations } = require("./reconciliationSpecs");
const { claims, HEADINGS } = require("./claimSpecs");
const { placeClaims } = require("./placeClaims");
const { readRelease, readPeriods } = require("./readFacts");
const { loadCoreNumbers } = require("./coreNumbers");
const { DEFAULT_SOURCE } = require("../verifySource");

const OUT = path.resolve(__dirname, "../../src/data/release.json");

/** The periods in dataset order, each with the table whose header prints its end date. */
const PERIODS = [
  { id: "4Q02", table: "operations_quarterly" },
  { id: "3Q02", table: "operations_quarterly" },
  { id: "4Q01", table: "operations_quarterly" },
  { id: "FY2002", table: "operations_annual" },
  { id: "FY2001", table: "operations_annual" },
  { id: "2003-03-31", table: "balance_sheet" },
  { id: "2002-12-31", table: "balance_sheet" },
  { id: "2002-03-31", table: "balance_sheet" },
];

const { parseReported } = loadCoreNumbers();
const parseFigure = (printed) => parseFigureWith(parseReported, printed);

function fail(message) {
  throw new Error(message);
}

/**
 * Reads one edition of one table: labels per row, headers, figures, and the 1-based line of the
 * text that prints each row's figures (a heading's own line; for the transposed table, the one
 * line that prints every figure).
 */
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
  const rowLines = [];
  if ((spec.transposed || {})[edition]) {
    const [services, years] = headerLines.map((l) => l.cells);
    if (body.length !== 1) fail(`${spec.id}: expected one printed row`);
    spec.rows.forEach((row, r) => {
      labels[row.id] = cleanLabel(services[2 * r + 1]);
      figures[row.id] = [body[0].cells[2 * r + 1], body[0].cells[2 * r + 2]].map(parseFigure);
      rowLines.push(body[0].line);
    });
    return { labels, figures, headers: [[years[1], years[2]]], rowLines };
  }
  const printed = [];
  body.forEach(({ line, cells }, i) => {
    const merged =
      i === 0 && (spec.mergedHeading || {})[edition]
        ? /^<i>([^<]+)<\/i>\s*(.*)$/.exec(cells[0])
        : null;
    if (merged !== null) {
      printed.push({ label: merged[1], cells: cells.slice(1).map(() => ""), line });
      printed.push({ label: merged[2], cells: cells.slice(1), line });
    } else {
      printed.push({ label: cells[0], cells: cells.slice(1), line });
    }
  });
  if (printed.length !== spec.rows.length) {
    fail(`${spec.id}/${edition}: ${printed.length} printed rows, ${spec.rows.length} specified`);
  }
  spec.rows.forEach((row, r) => {
    const { label, cells, line } = printed[r];
    labels[row.id] = cleanLabel(label);
    rowLines.push(line);
    const empty = cells.every((c) => c === "");
    if (empty !== (row.role === "heading"))
      fail(`${spec.id}/${edition}: row ${row.id} vs '${label}'`);
    if (row.role !== "heading") {
      figures[row.id] = cells.map((c) => (c === "" ? null : parseFigure(c)));
    }
  });
  return { labels, figures, headers: headerLines.map((l) => l.cells.slice(1)), rowLines };
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
    delete rest.jaLabel;
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
    lines: Object.fromEntries(editions.map((e) => [e, read[e].rowLines])),
  };
  if (spec.notes) table.notes = spec.notes;
  return withJapaneseTitle(table, spec, fail);
}

function build(source) {
  const text = fs.readFileSync(source, "utf8");
  const blocks = tabBlocks(text);
  if (blocks.length !== 25) fail(`expected 25 tab blocks, found ${blocks.length}`);
  const { release, fxRate } = readRelease(text, parseReported);
  const tables = withJapaneseLabels(
    TABLES.map((spec) => buildTable(spec, blocks)),
    TABLES,
    fail
  );
  return {
    release,
    fxRate,
    periods: readPeriods(tables, release.fiscalYearEnd, PERIODS),
    tables,
    reconciliations: reconciliations(),
    claims: placeClaims(claims(), text.split("\n"), HEADINGS, parseReported),
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

/** The dataset as release.json holds it: compact figures, formatted by the project's prettier. */
async function render(source) {
  const prettier = require("prettier");
  const json = compact(JSON.stringify(build(source), null, 2));
  const options = Object.assign({}, await prettier.resolveConfig(OUT), { parser: "json" });
  return prettier.format(json, options);
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { check: { type: "boolean", default: false } },
  });
  if (positionals.length > 1) fail("usage: npm run dataset -- [--check] [FILE]");
  const source = path.resolve(positionals[0] ?? DEFAULT_SOURCE);
  if (!fs.existsSync(source)) fail(`the release's text is missing at ${source}`);
  const built = await render(source);
  if (!values.check) {
    fs.writeFileSync(OUT, built);
    console.log(`wrote ${OUT}`);
    return;
  }
  const committed = fs.readFileSync(OUT, "utf8");
  if (committed !== built) {
    const a = committed.split("\n");
    const b = built.split("\n");
    const line = a.findIndex((l, i) => l !== b[i]);
    fail(
      `${path.relative(process.cwd(), OUT)} differs from a rebuild from ${source}, first at line ${
        line + 1
      }:\n  committed: ${a[line]}\n  rebuilt:   ${b[line]}\nRun npm run dataset to rebuild it.`
    );
  }
  console.log(`${path.relative(process.cwd(), OUT)} is what ${source} rebuilds`);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
