import { writeFileSync } from "fs";
import type { Edition } from "../core/model/Edition";
import { dataset } from "../data";
import { readArguments } from "./readArguments";
import { readChoice } from "./readChoice";
import { tidyFigures } from "./tidyFigures";
import { toCsv } from "./toCsv";

const USAGE = "usage: npm run export -- --format csv|json [--edition en|ja|both] [--out FILE]";

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const read = readArguments(
  process.argv.slice(2),
  {
    format: { type: "string" },
    edition: { type: "string", default: "both" },
    out: { type: "string" },
  },
  { format: "csv or json", edition: "en, ja or both", out: "a file name" }
);
if (!read.ok) {
  fail(read.message);
}
const format = readChoice(
  "--format",
  read.values.format as string | undefined,
  ["csv", "json"] as const
);
if (!format.ok) {
  fail(read.values.format === undefined ? "--format is required" : format.message);
}
const edition = readChoice("--edition", String(read.values.edition), ["en", "ja", "both"] as const);
if (!edition.ok) {
  fail(edition.message);
}
const editions: ReadonlyArray<Edition> = edition.value === "both" ? ["en", "ja"] : [edition.value];
const out = typeof read.values.out === "string" ? read.values.out : undefined;
const rows = tidyFigures(dataset, editions);
const text =
  format.value === "json"
    ? JSON.stringify(rows, null, 2) + "\n"
    : toCsv(
        [
          "edition",
          "table",
          "item",
          "label",
          "column",
          "period",
          "value",
          "unit",
          "text",
          "section",
          "line",
        ],
        rows.map((r) => [
          r.edition,
          r.table,
          r.item,
          r.label,
          r.column,
          r.period,
          r.value,
          r.unit,
          r.text,
          r.section,
          r.line,
        ])
      );
if (out === undefined) {
  // A reader that stops early (`| head`) closes the pipe: that is not an error of the export.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    process.exitCode = error.code === "EPIPE" ? 0 : 1;
  });
  process.stdout.write(text);
} else {
  try {
    writeFileSync(out, text, { flag: "wx" });
    console.error(`${rows.length} figures written to ${out}`);
  } catch (error) {
    console.error(`cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
