import { checkGrid } from "../core/inference/checkGrid";
import { failsOn } from "./failsOn";
import type { CheckArguments } from "./parseCheckArguments";
import { formatTableReport } from "./formatTableReport";
import { readTableFile } from "./readTableFile";

/**
 * `npm run check -- --table FILE`: reads the file's tables, infers their arithmetic, checks every
 * covered cell and prints the report (text, or JSON with `cell` and `relation` per finding and the
 * `relations` and `unread` parts).
 *
 * @param options - the command's options, with `table` set
 * @param print - where the report goes
 * @returns the exit status: 2 when the file cannot be read, 1 when `--fail-on` findings exist, else 0
 * @example
 * await checkTableFile({ ...options, table: "statement.csv" }, console.log) //=> 0
 */
export async function checkTableFile(
  options: CheckArguments & { readonly table: string },
  print: (text: string) => void,
  printError: (text: string) => void
): Promise<number> {
  const file = await readTableFile(options.table, options.sheet, options.range);
  if (!file.ok) {
    printError(file.message);
    return 2;
  }
  const check = checkGrid(file.grid, options.mode, file.origin);
  if (options.json) {
    print(
      JSON.stringify(
        {
          file: options.table,
          sheet: file.sheet === "" ? undefined : file.sheet,
          mode: options.mode,
          tables: check.tables,
          findings: check.findings,
          notCheckable: check.notCheckable,
          counts: check.counts,
          relations: check.relations,
          unread: check.unread,
        },
        null,
        2
      )
    );
  } else {
    print(formatTableReport(check, options.explain).join("\n"));
  }
  return failsOn(check.findings, options.failOn) ? 1 : 0;
}
