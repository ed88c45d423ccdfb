import { normalizeName } from "../../core/model/normalizeName";
import type { FunctionsContext } from "./FunctionsContext";
import { type FunctionResult, invalidValue, succeed } from "./FunctionResult";

/**
 * The table(s) a statement name means: a table id, a kind (`balance sheet`; `operations` means
 * both the quarterly and the annual statement), a kind with `quarterly`/`annual`, an English or
 * Japanese title, or where it is printed (`Table 1`, `Appendix 3`).
 *
 * @param context - the functions' context
 * @param text - the statement as typed
 * @returns the table ids, or a message listing the tables
 * @example
 * resolveStatement(context, "貸借対照表") //=> { ok: true, value: ["balance_sheet"] }
 */
export function resolveStatement(
  context: FunctionsContext,
  text: string
): FunctionResult<ReadonlyArray<string>> {
  const ids = context.statements.get(normalizeName(text));
  return ids === undefined
    ? invalidValue({
        kind: "unknownStatement",
        text,
        statements: context.index.dataset.tables.map((t) => t.id),
      })
    : succeed(ids);
}
