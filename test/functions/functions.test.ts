import fc from "fast-check";

/** Excel's CustomFunctions, as much of it as the functions use. */
class StubError {
  constructor(
    public code: string,
    public message: string
  ) {}
}

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: StubError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
  },
  associate: jest.fn(),
};

// Loaded after the stub, as Excel loads the functions' script after its runtime.
const iij =
  require("../../src/functions/functions") as typeof import("../../src/functions/functions");

function errorOf(call: () => unknown): StubError {
  try {
    call();
  } catch (error) {
    if (error instanceof StubError) {
      return error;
    }
    throw error;
  }
  throw new Error("expected a CustomFunctions.Error");
}

describe("IIJ.EBITDA", () => {
  it("gives the public examples", () => {
    expect(iij.ebitda("4Q02")).toBe(459);
    expect(iij.ebitda("FY2002")).toBe(1799);
  });

  it("throws #VALUE! with the periods for an unknown period", () => {
    const error = errorOf(() => iij.ebitda("Q5"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("Unknown period 'Q5'. Periods: 4Q02, 3Q02, 4Q01, FY2002, FY2001.");
  });
});

describe("IIJ.CROSSSELL", () => {
  it("gives the public examples", () => {
    expect(iij.crosssell("Data Center Service", 2002)).toBe(0.353);
    expect(iij.crosssell("System Integration", 2001)).toBe(0.492);
    expect(iij.crosssell("Data Center", "FY02")).toBe(0.353);
  });

  it("throws #N/A for a year the release does not print", () => {
    const error = errorOf(() => iij.crosssell("Data Center", 2000));
    expect(error.code).toBe("#N/A");
    expect(error.message).toContain("FY2000");
  });
});

describe("IIJ.VALUE", () => {
  it("reads total revenues for 4Q02 in JPY thousands", () => {
    expect(iij.value("Total revenues", "4Q02")).toBe(13_036_439);
  });

  it("answers the names analysts use, as printed (JPY thousands) by default", () => {
    expect(iij.value("売上高合計", "4Q02")).toBe(13_036_439);
    expect(iij.value("Net income", "FY2002")).toBe(-9_323_735);
    expect(iij.value("当期純損失", "FY2002")).toBe(-9_323_735);
    expect(iij.value("Net income", "FY2002", "M")).toBeCloseTo(-9_323.735, 6);
  });

  it("refuses a name whose items print different figures, listing them", () => {
    expect(errorOf(() => iij.value("Depreciation", "4Q02")).message).toMatch(
      /operating\.depreciation_amortization.*statistics\.depreciation_amortization/
    );
  });
});

describe("IIJ.STATEMENT", () => {
  it("spills a copy Excel may own", () => {
    const grid = iij.statement("Table 3", "4Q02");
    expect(grid[0]).toHaveLength(2);
    grid[0][0] = "changed";
    expect(iij.statement("Table 3", "4Q02")[0][0]).not.toBe("changed");
  });
});

describe("IIJ.ITEMS", () => {
  it("spills two columns: the id, then the standard name where the item has one", () => {
    expect(iij.items().every((row) => row.length === 2)).toBe(true);
    expect(iij.items("operations").find((row) => row[0] === "net_loss")).toEqual([
      "net_loss",
      "Net income",
    ]);
  });
});

describe("IIJ.PERIODS", () => {
  it("spills the release's periods", () => {
    expect(iij.periods().map((row) => row[0])).toEqual(
      expect.arrayContaining(["4Q02", "3Q02", "4Q01", "FY2002", "FY2001"])
    );
  });
});

describe("IIJ.SHARE", () => {
  it("recomputes a share of total revenues", () => {
    expect(iij.share("revenues.total", "4Q02")).toBe(1);
  });
});

describe("IIJ.CHANGE", () => {
  it("recomputes total revenues year over year", () => {
    expect(iij.change("Total revenues", "4Q02", "4Q01")).toBeCloseTo(0.0765, 4);
  });
});

describe("IIJ.USD", () => {
  it("translates at the release's rate", () => {
    expect(iij.usd(118.07, "JPY")).toBeCloseTo(1, 12);
  });
});

describe("IIJ.FXRATE", () => {
  it("returns 118.07", () => {
    expect(iij.fxrate()).toBe(118.07);
  });
});

describe("IIJ.CHECK", () => {
  it("returns the engine's verdicts", () => {
    expect(iij.check(0.077, 13_036_439, 12_109_774, 1, "change")).toBe("OK");
    expect(iij.check(0.08, 13_036_439, 12_109_774, 1, "change")).toBe("MAJOR");
  });
});

describe("IIJ.CONTRACTS", () => {
  it("reads Table 1", () => {
    expect(iij.contracts("Data Center", "4Q02")).toBe(156);
  });
});

describe("IIJ.BANDWIDTH", () => {
  it("reads Table 3", () => {
    expect(iij.bandwidth("total", "4Q02")).toBe(42);
  });
});

describe("IIJ.BACKBONE", () => {
  it("reads Table 4", () => {
    expect(iij.backbone("international", "4Q02")).toBe(315);
  });
});

describe("every IIJ function", () => {
  it("is associated by the page's functions script under its id, and answers through it", async () => {
    const associate = (globalThis as unknown as { CustomFunctions: { associate: jest.Mock } })
      .CustomFunctions.associate;
    associate.mockClear();
    jest.isolateModules(() => require("../../src/functions/registerFunctions"));
    const registered = new Map(
      associate.mock.calls.map((c: unknown[]) => [c[0], c[1] as (...args: unknown[]) => unknown])
    );
    expect([...registered.keys()].sort()).toEqual(Object.keys(iij.FUNCTIONS).sort());
    await expect(registered.get("EBITDA")?.("4Q02")).resolves.toBe(iij.ebitda("4Q02"));
    await expect(registered.get("FXRATE")?.()).resolves.toBe(iij.fxrate());
  });

  const scalar = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom("4Q02", "FY2002", "2003-03-31", "Total revenues", "SI", "JPY", "ja", "Table 1"),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constantFrom(undefined, null, "", " ")
  );
  const argument = fc.oneof(
    { weight: 4, arbitrary: scalar },
    { weight: 1, arbitrary: fc.array(fc.array(scalar, { maxLength: 3 }), { maxLength: 3 }) }
  );

  it("returns a value or throws a CustomFunctions.Error with a short message, for any input", () => {
    const all = Object.values(iij.FUNCTIONS) as Array<(...args: unknown[]) => unknown>;
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.array(argument, { minLength: 0, maxLength: 5 }),
        (fn, args) => {
          try {
            const result = fn(...args);
            const ok =
              (typeof result === "number" && Number.isFinite(result)) ||
              typeof result === "string" ||
              (Array.isArray(result) && result.length > 0);
            expect(ok).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(StubError);
            const message = (error as StubError).message;
            expect(message.length).toBeGreaterThan(0);
            expect(message.length).toBeLessThanOrEqual(255);
            expect(["#VALUE!", "#N/A"]).toContain((error as StubError).code);
          }
        }
      ),
      { numRuns: 3000 }
    );
  });
});
