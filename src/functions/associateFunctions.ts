import { FUNCTION_IDS, type FunctionId } from "./functionIds";

/** An IIJ.* function as Excel calls it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel passes each function its own argument types
export type WorksheetFunction = (...args: any[]) => unknown;

/** The implementations by id (FUNCTIONS of functions.ts). */
export type FunctionTable = Readonly<Record<FunctionId, WorksheetFunction>>;

/** The part of CustomFunctions that registers a function under its metadata id. */
export type Associate = (id: string, fn: WorksheetFunction) => void;

/**
 * Associates every id with a small wrapper that fetches the implementations on its first call
 * and answers with a Promise, so the page registers all functions at once without carrying their
 * code. A failed fetch is not remembered: the next call tries again.
 *
 * @param associate - CustomFunctions.associate
 * @param load - fetches the implementations (a dynamic import in the add-in)
 * @example
 * associateFunctions(CustomFunctions.associate, () => import("./functions").then((m) => m.FUNCTIONS));
 */
export function associateFunctions(associate: Associate, load: () => Promise<FunctionTable>): void {
  let table: Promise<FunctionTable> | null = null;
  const implementations = (): Promise<FunctionTable> => {
    table ??= load().catch((error: unknown) => {
      table = null;
      throw error;
    });
    return table;
  };
  for (const id of FUNCTION_IDS) {
    associate(id, (...args: unknown[]) => implementations().then((fns) => fns[id](...args)));
  }
}
