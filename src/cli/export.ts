import { writeFileSync } from "fs";
import type { Edition } from "../core/model/Edition";
import { dataset } from "../data";
import { tidyFigures } from "./tidyFigures";
import { toCsv } from "./toCsv";

const USAGE = "usage: npm run export -- --format csv|json [--edition en|ja|both] [--out FILE]";

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const argv = process.argv.slice(2);
let format: "csv" | "json" | undefined;
let editions: ReadonlyArray<Edition> = ["en", "ja"];
let out: string | undefined;
for (let i = 0; i < argv.length; i += 2) {
  const [arg, value] = [argv[i], argv[i + 1]];
  if (arg === "--format" && (value === "csv" || value === "json")) {
    format = value;
  } else if (arg === "--edition" && (value === "en" || value === "ja" || value === "both")) {
    editions = value === "both" ? ["en", "ja"] : [value];
  } else if (arg === "--out" && value !== undefined) {
    out = value;
  } else {
    fail(`bad argument '${arg}${value === undefined ? "" : " " + value}'`);
  }
}
if (format === undefined) {
  fail("--format is required");
}
const rows = tidyFigures(dataset, editions);
const text =
  format === "json"
    ? JSON.stringify(rows, null, 2) + "\n"
    : toCsv(
        ["edition", "table", "item", "label", "column", "period", "value", "unit", "text"],
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
