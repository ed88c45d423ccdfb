import type { LayoutOptions } from "../core/layout/LayoutOptions";
import type { RoundingMode } from "../core/numbers/RoundingMode";
import { readArguments } from "./readArguments";
import { readChoice } from "./readChoice";

/** The `workbook` command's options. */
export type WorkbookArguments = {
  readonly out: string;
  readonly edition: LayoutOptions["edition"];
  readonly mode: RoundingMode;
  readonly force: boolean;
  readonly highlightMinor: boolean;
};

/** The usage line printed on a bad argument. */
export const WORKBOOK_USAGE =
  "usage: npm run workbook -- --out FILE.xlsx [--edition en|ja|both] [--mode round|truncate] [--no-minor] [--force]";

/**
 * Reads the `workbook` command's arguments.
 *
 * @param argv - the arguments after the command
 * @returns the options, or a message naming the bad argument
 * @example
 * parseWorkbookArguments(["--out", "iij.xlsx", "--edition", "both"]) //=> { ok: true, value: { out: "iij.xlsx", edition: "both", mode: "round", force: false, highlightMinor: true } }
 */
export function parseWorkbookArguments(
  argv: ReadonlyArray<string>
): { ok: true; value: WorkbookArguments } | { ok: false; message: string } {
  const read = readArguments(
    argv,
    {
      out: { type: "string" },
      edition: { type: "string", default: "en" },
      mode: { type: "string", default: "round" },
      force: { type: "boolean", default: false },
      "no-minor": { type: "boolean", default: false },
    },
    { out: "a file name ending in .xlsx" }
  );
  if (!read.ok) {
    return read;
  }
  const out = typeof read.values.out === "string" ? read.values.out : null;
  if (out !== null && !out.toLowerCase().endsWith(".xlsx")) {
    return { ok: false, message: `--out must name an .xlsx file, not '${out}'` };
  }
  const edition = readChoice("--edition", String(read.values.edition), [
    "en",
    "ja",
    "both",
  ] as const);
  if (!edition.ok) {
    return edition;
  }
  const mode = readChoice("--mode", String(read.values.mode), ["round", "truncate"] as const);
  if (!mode.ok) {
    return mode;
  }
  if (out === null) {
    return { ok: false, message: "--out FILE.xlsx is required" };
  }
  return {
    ok: true,
    value: {
      out,
      edition: edition.value,
      mode: mode.value,
      force: read.values.force === true,
      highlightMinor: read.values["no-minor"] !== true,
    },
  };
}
