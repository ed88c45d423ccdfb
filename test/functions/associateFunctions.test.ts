import {
  associateFunctions,
  type FunctionTable,
  type WorksheetFunction,
} from "../../src/functions/associateFunctions";
import { FUNCTION_IDS } from "../../src/functions/functionIds";

/** A table whose every function answers with its id and arguments. */
function echoTable(): FunctionTable {
  return Object.fromEntries(
    FUNCTION_IDS.map((id) => [id, (...args: unknown[]) => `${id}(${args.join(",")})`])
  ) as FunctionTable;
}

function associated(load: () => Promise<FunctionTable>): Map<string, WorksheetFunction> {
  const registry = new Map<string, WorksheetFunction>();
  associateFunctions((id, fn) => registry.set(id, fn), load);
  return registry;
}

describe("associateFunctions", () => {
  it("associates every id at once, without loading the implementations", () => {
    const load = jest.fn(async () => echoTable());
    const registry = associated(load);
    expect([...registry.keys()]).toEqual([...FUNCTION_IDS]);
    expect(load).not.toHaveBeenCalled();
  });

  it("answers each call with the implementation of its id, loading them once", async () => {
    const load = jest.fn(async () => echoTable());
    const registry = associated(load);
    const answers = await Promise.all(
      FUNCTION_IDS.map((id) => registry.get(id)?.("4Q02", 2) as Promise<unknown>)
    );
    expect(answers).toEqual(FUNCTION_IDS.map((id) => `${id}(4Q02,2)`));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("rejects with the error the implementation throws (Excel shows it in the cell)", async () => {
    const failure = new Error("#VALUE! Unknown period Q5");
    const table = {
      ...echoTable(),
      EBITDA: () => {
        throw failure;
      },
    };
    const registry = associated(async () => table);
    await expect(registry.get("EBITDA")?.("Q5")).rejects.toBe(failure);
  });

  it("tries to load again on the next call after a failed load", async () => {
    const load = jest
      .fn<Promise<FunctionTable>, []>()
      .mockRejectedValueOnce(new Error("functions-core chunk did not load"))
      .mockResolvedValue(echoTable());
    const registry = associated(load);
    await expect(registry.get("FXRATE")?.()).rejects.toThrow("did not load");
    await expect(registry.get("FXRATE")?.()).resolves.toBe("FXRATE()");
    expect(load).toHaveBeenCalledTimes(2);
  });
});
