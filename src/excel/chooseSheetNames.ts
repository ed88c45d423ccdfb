/** Where each planned sheet goes: built under `temporary`, renamed to `final` at the end. */
export type SheetNaming = {
  readonly final: ReadonlyArray<string>;
  readonly temporary: ReadonlyArray<string>;
  /** Planned names a user's sheet already had, and the name used instead. */
  readonly renamed: ReadonlyArray<{ readonly wanted: string; readonly actual: string }>;
};

const MAX_SHEET_NAME = 31;

/** Excel compares sheet names without regard to case. */
function key(name: string): string {
  return name.toLocaleUpperCase();
}

function withSuffix(name: string, n: number): string {
  const suffix = ` (${n})`;
  return name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}

/**
 * Decides the names of the sheets a load writes. A name held by a user's sheet is never taken:
 * the add-in uses "Name (2)", "Name (3)", … and reports it. Names held by the add-in's own sheets
 * are reused, since those sheets are replaced. Temporary names clash with nothing that exists.
 *
 * @param planned - the plan's sheet names, in order
 * @param existing - every sheet name in the workbook now
 * @param owned - the names of the add-in's own sheets among them
 * @returns final and temporary names per planned sheet, and the renames
 * @example
 * chooseSheetNames(["Checks"], ["Checks"], []).final //=> ["Checks (2)"]
 */
export function chooseSheetNames(
  planned: ReadonlyArray<string>,
  existing: ReadonlyArray<string>,
  owned: ReadonlyArray<string>
): SheetNaming {
  const ownedKeys = new Set(owned.map(key));
  const taken = new Set(existing.filter((n) => !ownedKeys.has(key(n))).map(key));
  const final: string[] = [];
  const renamed: Array<{ wanted: string; actual: string }> = [];
  for (const wanted of planned) {
    let actual = wanted;
    for (let n = 2; taken.has(key(actual)); n += 1) {
      actual = withSuffix(wanted, n);
    }
    taken.add(key(actual));
    final.push(actual);
    if (actual !== wanted) {
      renamed.push({ wanted, actual });
    }
  }
  const everything = new Set([...existing.map(key), ...final.map(key)]);
  const temporary: string[] = [];
  let counter = 1;
  for (let i = 0; i < planned.length; i += 1) {
    let name = `~IIJ loading ${counter}`;
    while (everything.has(key(name))) {
      counter += 1;
      name = `~IIJ loading ${counter}`;
    }
    everything.add(key(name));
    temporary.push(name);
  }
  return { final, temporary, renamed };
}
