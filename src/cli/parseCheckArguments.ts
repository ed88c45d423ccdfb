import type { Edition } from "../core/model/Edition";
import type { RoundingMode } from "../core/numbers/RoundingMode";
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
  let editions: ReadonlyArray<Edition> = ["en", "ja"];
  let mode: RoundingMode = "round";
  let json = false;
  let failOn: CheckArguments["failOn"] = "never";
  let explain = false;
  const files: { table?: string; sheet?: string; range?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = argv[i + 1];
    switch (arg) {
      case "--json":
        json = true;
        break;
      case "--explain":
        explain = true;
        break;
      case "--table":
      case "--sheet":
      case "--range": {
        if (next === undefined || next.startsWith("--") || next === "") {
          return { ok: false, message: `${arg} takes a value` };
        }
        files[arg.slice(2) as "table" | "sheet" | "range"] = next;
        i++;
        break;
      }
      case "--edition": {
        const choice = readChoice(arg, next, ["en", "ja", "both"] as const);
        if (!choice.ok) {
          return choice;
        }
        editions = choice.value === "both" ? ["en", "ja"] : [choice.value];
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
      case "--fail-on": {
        const choice = readChoice(arg, next, ["minor", "major", "never"] as const);
        if (!choice.ok) {
          return choice;
        }
        failOn = choice.value;
        i++;
        break;
      }
      default:
        return { ok: false, message: `unknown argument '${arg}'` };
    }
  }
  if (
    files.table === undefined &&
    (files.sheet !== undefined || files.range !== undefined || explain)
  ) {
    return { ok: false, message: "--sheet, --range and --explain go with --table" };
  }
  return { ok: true, value: { editions, mode, json, failOn, explain, ...files } };
}
