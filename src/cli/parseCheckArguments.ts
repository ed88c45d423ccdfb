import type { Edition } from "../core/model/Edition";
import type { RoundingMode } from "../core/numbers/RoundingMode";
import { readArguments } from "./readArguments";
import { readChoice } from "./readChoice";

/** The `check` command's options. */
export type CheckArguments = {
  readonly editions: ReadonlyArray<Edition>;
  readonly mode: RoundingMode;
  readonly json: boolean;
  readonly failOn: "minor" | "major" | "never";
  /** Check this CSV or XLSX file's tables, their arithmetic inferred, instead of the release. */
  readonly table?: string;
  /** The XLSX sheet to read (the first when absent). */
  readonly sheet?: string;
  /** The A1 range to read (the whole used area when absent). */
  readonly range?: string;
  /** Print each relation inferred and each part not understood. */
  readonly explain: boolean;
};

/** The usage line printed on a bad argument. */
export const CHECK_USAGE =
  "usage: npm run check -- [--edition en|ja|both] [--mode round|truncate] [--json] [--fail-on minor|major|never]\n" +
  "       npm run check -- --table FILE.csv|FILE.xlsx [--sheet NAME] [--range A1:K60] [--mode round|truncate] [--json] [--explain] [--fail-on minor|major|never]";

const CHOICES = {
  edition: ["en", "ja", "both"],
  mode: ["round", "truncate"],
  "fail-on": ["minor", "major", "never"],
} as const;

/**
 * Reads the `check` command's arguments.
 *
 * @param argv - the arguments after the command
 * @returns the options, or a message naming the bad argument
 * @example
 * parseCheckArguments(["--edition", "ja", "--json"]) //=> { ok: true, value: { editions: ["ja"], mode: "round", json: true, failOn: "never", explain: false } }
 */
export function parseCheckArguments(
  argv: ReadonlyArray<string>
): { ok: true; value: CheckArguments } | { ok: false; message: string } {
  const read = readArguments(
    argv,
    {
      edition: { type: "string", default: "both" },
      mode: { type: "string", default: "round" },
      "fail-on": { type: "string", default: "never" },
      json: { type: "boolean", default: false },
      explain: { type: "boolean", default: false },
      table: { type: "string" },
      sheet: { type: "string" },
      range: { type: "string" },
    },
    {
      edition: "en, ja or both",
      mode: "round or truncate",
      "fail-on": "minor, major or never",
      table: "a file name",
      sheet: "a sheet name",
      range: "a range",
    }
  );
  if (!read.ok) {
    return read;
  }
  const files: { table?: string; sheet?: string; range?: string } = {};
  for (const name of ["table", "sheet", "range"] as const) {
    const value = read.values[name];
    if (value === "") {
      return { ok: false, message: `--${name} takes a value` };
    }
    if (typeof value === "string") {
      files[name] = value;
    }
  }
  const edition = readChoice("--edition", String(read.values.edition), CHOICES.edition);
  if (!edition.ok) {
    return edition;
  }
  const mode = readChoice("--mode", String(read.values.mode), CHOICES.mode);
  if (!mode.ok) {
    return mode;
  }
  const failOn = readChoice("--fail-on", String(read.values["fail-on"]), CHOICES["fail-on"]);
  if (!failOn.ok) {
    return failOn;
  }
  const explain = read.values.explain === true;
  if (
    files.table === undefined &&
    (files.sheet !== undefined || files.range !== undefined || explain)
  ) {
    return { ok: false, message: "--sheet, --range and --explain go with --table" };
  }
  return {
    ok: true,
    value: {
      editions: edition.value === "both" ? ["en", "ja"] : [edition.value],
      mode: mode.value,
      json: read.values.json === true,
      failOn: failOn.value,
      explain,
      ...files,
    },
  };
}
