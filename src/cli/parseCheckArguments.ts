import type { Edition } from "../core/model/Edition";
import type { RoundingMode } from "../core/numbers/RoundingMode";
import { readChoice } from "./readChoice";

/** The `check` command's options. */
export type CheckArguments = {
  readonly editions: ReadonlyArray<Edition>;
  readonly mode: RoundingMode;
  readonly json: boolean;
  readonly failOn: "minor" | "major" | "never";
};

/** The usage line printed on a bad argument. */
export const CHECK_USAGE =
  "usage: npm run check -- [--edition en|ja|both] [--mode round|truncate] [--json] [--fail-on minor|major|never]";

/**
 * Reads the `check` command's arguments.
 *
 * @param argv - the arguments after the command
 * @returns the options, or a message naming the bad argument
 * @example
 * parseCheckArguments(["--edition", "ja", "--json"]) //=> { ok: true, value: { editions: ["ja"], mode: "round", json: true, failOn: "never" } }
 */
export function parseCheckArguments(
  argv: ReadonlyArray<string>
): { ok: true; value: CheckArguments } | { ok: false; message: string } {
  let editions: ReadonlyArray<Edition> = ["en", "ja"];
  let mode: RoundingMode = "round";
  let json = false;
  let failOn: CheckArguments["failOn"] = "never";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = argv[i + 1];
    switch (arg) {
      case "--json":
        json = true;
        break;
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
  return { ok: true, value: { editions, mode, json, failOn } };
}
