import fc from "fast-check";

/** Excel's CustomFunctions, as much of it as the functions use. */
class StubError {
  constructor(
    public code: string,
    public message?: string
  ) {}
}

const ERROR_CODES = ["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"] as const;

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: StubError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate: () => undefined,
};

// Loaded after the stub, as Excel loads the functions' script after its runtime.
const iij =
  require("../../src/functions/functions") as typeof import("../../src/functions/functions");

type AnyFunction = (...args: unknown[]) => unknown;
const FUNCTIONS = Object.entries(iij.FUNCTIONS) as Array<[string, AnyFunction]>;

/** What Excel hands a custom function for an error cell (input errors include #NAME? and #REF!). */
const errorValue = fc.constantFrom(...ERROR_CODES).map((code) => new StubError(code));

const scalar = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom("4Q02", "FY2002", "2003-03-31", "Total revenues", "Data Center", "JPY", "ja"),
  fc.double(),
  fc.constantFrom(0, -0, 2002, 118.07, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity),
  fc.boolean(),
  fc.constantFrom(null, undefined, "")
);

/** 2-D ranges as Excel passes them, plus shapes it never should: ragged, empty, deeper, objects. */
const oddShape = fc.oneof(
  fc.array(fc.array(fc.oneof(scalar, errorValue), { maxLength: 4 }), { maxLength: 4 }),
  fc.constantFrom([], [[]], [[[1]]], [["4Q02"], []], [[errorValue]], {}, { length: 1 }),
  fc.tuple(scalar).map((v) => [[v]]),
  errorValue.map((e) => [[e]])
);

const argument = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 2, arbitrary: errorValue },
  { weight: 2, arbitrary: oddShape }
);

/** A call of each function that answers with a value (the README's examples). */
const VALID_CALLS: Readonly<Record<keyof typeof iij.FUNCTIONS, ReadonlyArray<unknown>>> = {
  EBITDA: ["4Q02", "M"],
  CROSSSELL: ["Data Center", 2002],
  VALUE: ["Total revenues", "4Q02", "K", "en"],
  STATEMENT: ["Table 3", "4Q02", "en"],
  ITEMS: ["Table 4"],
  PERIODS: ["cross-selling"],
  SHARE: ["Value-added services", "4Q02"],
  CHANGE: ["Total revenues", "4Q02", "4Q01"],
  USD: [13036439, "K"],
  FXRATE: [],
  CHECK: [0.077, 13036439, 12109774, 1, "change"],
  CONTRACTS: ["Data Center", "4Q02"],
  BANDWIDTH: ["total", "4Q02"],
  BACKBONE: ["international", "4Q02"],
  SOURCE: ["Value-added services", "4Q02", "share", "ja"],
};

function outcome(fn: AnyFunction, args: ReadonlyArray<unknown>): "value" | StubError {
  try {
    const result = fn(...args);
    const valid =
      (typeof result === "number" && Number.isFinite(result)) ||
      typeof result === "string" ||
      (Array.isArray(result) &&
        result.length > 0 &&
        result.every((row) => Array.isArray(row) && row.length === result[0].length));
    if (!valid) {
      throw new Error(`returned ${JSON.stringify(result)}`);
    }
    return "value";
  } catch (error) {
    if (error instanceof StubError) {
      return error;
    }
    throw error;
  }
}

describe("every IIJ function given error values and odd ranges", () => {
  it("returns a value or a #VALUE!/#N/A with a message Excel can show, never a raw exception", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FUNCTIONS),
        fc.array(argument, { maxLength: 6 }),
        ([, fn], args) => {
          const result = outcome(fn, args);
          if (result !== "value") {
            expect(["#VALUE!", "#N/A"]).toContain(result.code);
            expect(result.message?.length ?? 0).toBeGreaterThan(0);
            expect(result.message?.length ?? 0).toBeLessThanOrEqual(255);
          }
        }
      ),
      { numRuns: 4000 }
    );
  });

  it.each(Object.entries(VALID_CALLS))(
    "IIJ.%s never answers with a value when any argument it was given is an error",
    (name, args) => {
      const fn = iij.FUNCTIONS[name as keyof typeof iij.FUNCTIONS] as AnyFunction;
      expect(outcome(fn, args)).toBe("value");
      const answered = args.flatMap((_, position) =>
        ERROR_CODES.flatMap((code) =>
          [new StubError(code), [[new StubError(code)]]].flatMap((error) => {
            const withError = args.map((a, i) => (i === position ? error : a));
            return outcome(fn, withError) === "value" ? [`${position}: ${code}`] : [];
          })
        )
      );
      expect(answered).toEqual([]);
    }
  );

  it("refuses a range of several cells where one value is asked for, and says so", () => {
    const range = [
      ["4Q02", "FY2002"],
      ["3Q02", "FY2001"],
    ];
    const result = outcome(iij.ebitda as AnyFunction, [range]);
    expect(result).toBeInstanceOf(StubError);
    expect(result !== "value" && result.message).toMatch(/one value, not a range/);
  });

  it("reads a one-cell range as its value", () => {
    expect(iij.ebitda([["4Q02"]] as unknown as string)).toBe(459);
  });

  it("answers a huge range or a long text at once with an error, not after reading it all", () => {
    const huge = Array.from({ length: 1000 }, () => Array.from({ length: 1000 }, () => "4Q02"));
    expect(outcome(iij.ebitda as AnyFunction, [huge])).toBeInstanceOf(StubError);
    expect(outcome(iij.value as AnyFunction, ["x".repeat(1_000_000), "4Q02"])).toBeInstanceOf(
      StubError
    );
  });
});
