/**
 * Reads the value of an option that takes one of a few words.
 *
 * @param flag - the option, e.g. "--mode"
 * @param value - the word after it (undefined at the end of the arguments)
 * @param choices - the words it accepts
 * @returns the word, or a message naming the choices
 * @example
 * readChoice("--mode", "round", ["round", "truncate"] as const) //=> { ok: true, value: "round" }
 */
export function readChoice<T extends string>(
  flag: string,
  value: string | undefined,
  choices: ReadonlyArray<T>
): { ok: true; value: T } | { ok: false; message: string } {
  if (value !== undefined && (choices as ReadonlyArray<string>).includes(value)) {
    return { ok: true, value: value as T };
  }
  const listed =
    choices.length === 2
      ? choices.join(" or ")
      : `${choices.slice(0, -1).join(", ")} or ${choices[choices.length - 1]}`;
  return { ok: false, message: `${flag} takes ${listed}, not '${value ?? ""}'` };
}
