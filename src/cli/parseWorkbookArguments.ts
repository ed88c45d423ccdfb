import type { LayoutOptions } from "../core/layout/LayoutOptions";
import type { RoundingMode } from "../core/numbers/RoundingMode";
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
  let out: string | null = null;
  let edition: LayoutOptions["edition"] = "en";
  let mode: RoundingMode = "round";
  let force = false;
  let highlightMinor = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = argv[i + 1];
    switch (arg) {
      case "--out":
        if (next === undefined || next === "" || next.startsWith("--")) {
          return { ok: false, message: "--out takes a file name ending in .xlsx" };
        }
        if (!next.toLowerCase().endsWith(".xlsx")) {
          return { ok: false, message: `--out must name an .xlsx file, not '${next}'` };
        }
        out = next;
        i++;
        break;
      case "--edition": {
        const choice = readChoice(arg, next, ["en", "ja", "both"] as const);
        if (!choice.ok) {
          return choice;
        }
        edition = choice.value;
        i++;
        break;
      }
      case "--mode": {
        const choice = readChoice(arg, next, ["round", "truncate"] as const);
        if (!choice.ok) {
          return choice;
        }
        mode = choice.value;
        i++;
        break;
      }
      case "--force":
        force = true;
        break;
      case "--no-minor":
        highlightMinor = false;
        break;
      default:
        return { ok: false, message: `unknown argument '${arg}'` };
    }
  }
  if (out === null) {
    return { ok: false, message: "--out FILE.xlsx is required" };
  }
  return { ok: true, value: { out, edition, mode, force, highlightMinor } };
}
