import { parseArgs, type ParseArgsConfig } from "util";

/** The options a command takes, as Node's `util.parseArgs` declares them. */
export type ArgumentOptions = NonNullable<ParseArgsConfig["options"]>;

/** What a command's arguments gave: each option's value (a string, a boolean or absent). */
export type ArgumentValues = Readonly<Record<string, string | boolean | undefined>>;

/**
 * Reads a command's arguments with Node's `util.parseArgs`, refusing what a strict parse would
 * (an unknown option or a positional, a missing value, a value for a flag) with the message a user
 * reads.
 *
 * @param argv - the arguments after the command
 * @param options - the options the command takes
 * @param takes - what each string option takes, for the message when its value is missing
 * @returns the values given, or a message naming the bad argument
 * @example
 * readArguments(["--mode", "round"], { mode: { type: "string" } }) //=> { ok: true, values: { mode: "round" } }
 */
export function readArguments(
  argv: ReadonlyArray<string>,
  options: ArgumentOptions,
  takes: Readonly<Record<string, string>> = {}
): { ok: true; values: ArgumentValues } | { ok: false; message: string } {
  const { values, tokens } = parseArgs({
    args: [...argv],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind === "positional") {
      return { ok: false, message: `unknown argument '${token.value}'` };
    }
    if (token.kind !== "option") {
      continue;
    }
    const option = options[token.name];
    if (option === undefined) {
      return { ok: false, message: `unknown argument '${token.rawName}'` };
    }
    if (option.type === "string" && (token.value === undefined || token.value.startsWith("--"))) {
      return { ok: false, message: `${token.rawName} takes ${takes[token.name] ?? "a value"}` };
    }
    if (option.type === "boolean" && token.value !== undefined) {
      return { ok: false, message: `${token.rawName} takes no value` };
    }
  }
  return { ok: true, values: { ...values } as ArgumentValues };
}
