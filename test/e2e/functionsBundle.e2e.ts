import { readFileSync } from "fs";
import { join } from "path";
import { createContext, runInContext } from "vm";

type Registered = Record<string, (...args: unknown[]) => unknown>;

class FakeCustomFunctionsError extends Error {
  constructor(
    public readonly code: string,
    message?: string
  ) {
    super(message);
  }
}

/**
 * Loads the production build's functions.js the way Excel's shared runtime does — a script with
 * a global CustomFunctions object — and returns what it registered, beside functions.json.
 */
function loadProductionFunctions(): {
  registered: Registered;
  metadata: { functions: { id: string }[] };
} {
  const dist = join(__dirname, "..", "..", "dist");
  const registered: Registered = {};
  const context = createContext({
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => {
        registered[id] = fn;
      },
      Error: FakeCustomFunctionsError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    },
    console,
  });
  context.self = context;
  context.window = context;
  runInContext(readFileSync(join(dist, "functions.js"), "utf8"), context);
  return { registered, metadata: JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) };
}

describe("the production functions.js / functions.json pair", () => {
  const { registered, metadata } = loadProductionFunctions();

  it("registers exactly the functions the metadata declares", () => {
    expect(Object.keys(registered).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    expect(metadata.functions.length).toBeGreaterThanOrEqual(14);
  });

  it("answers the public examples", () => {
    expect(registered.EBITDA("4Q02")).toBe(459);
    expect(registered.EBITDA("FY2002")).toBe(1799);
    expect(registered.CROSSSELL("Data Center Service", 2002)).toBe(0.353);
    expect(registered.CROSSSELL("System Integration", 2001)).toBe(0.492);
    expect(registered.FXRATE()).toBe(118.07);
  });

  it("answers a wrong period with #VALUE! naming the periods there are", () => {
    let thrown: unknown;
    try {
      registered.EBITDA("Q5");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FakeCustomFunctionsError);
    expect((thrown as FakeCustomFunctionsError).code).toBe("#VALUE!");
    expect((thrown as FakeCustomFunctionsError).message).toContain(
      "4Q02, 3Q02, 4Q01, FY2002, FY2001"
    );
  });
});
