import fc from "fast-check";
import { buildIndex } from "../../src/core/model/buildIndex";
import { dataset } from "../../src/data";
import { createFunctionsCore } from "../../src/functions/pure/functionsCore";
import {
  createPlayground,
  type PlaygroundFunction,
} from "../../src/taskpane/playground/createPlayground";
import { parseFormula } from "../../src/taskpane/playground/parseFormula";
import { playgroundErrorText } from "../../src/taskpane/components/FunctionsView/playgroundErrorText";
import { en } from "../../src/taskpane/i18n/en";
import { ja } from "../../src/taskpane/i18n/ja";
import { playgroundRegistry } from "../../src/taskpane/playground/playgroundRegistry";

const registry = playgroundRegistry(createFunctionsCore(buildIndex(dataset)));
const NAMES = Object.keys(registry);

/** The registry with every function recorded as it is called. */
function recordingRegistry(): {
  functions: Readonly<Record<string, PlaygroundFunction>>;
  calls: string[];
} {
  const calls: string[] = [];
  const functions = Object.fromEntries(
    NAMES.map((name) => [
      name,
      ((args) => {
        calls.push(name);
        return registry[name](args);
      }) satisfies PlaygroundFunction,
    ])
  );
  return { functions, calls };
}

const argument = fc.oneof(
  fc.string({ maxLength: 12 }).map((s) => `"${s.replace(/"/g, '""')}"`),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.constantFrom("TRUE", "FALSE", "", "A1", "1+2", "SUM(1)", '"4Q02"', '"FY2002"', "2002"),
  fc.constantFrom(
    "“4Q02”",
    "＂ＪＰＹ＂",
    "‘4Q02’",
    "「4Q02」",
    "Sheet1!B2",
    "４Q02",
    "ー１",
    "'a'!A1"
  )
);
/** Text shaped like a formula: IIJ's, Excel's own, object keys and DDE, with arguments. */
const formulaLike = fc
  .tuple(
    fc.constantFrom("=", "", " = ", "+", "@", "-"),
    fc.constantFrom("IIJ.", "iij.", "", "IIJ..", "_xlfn.", "cmd|' /C calc'!"),
    fc.oneof(
      fc.constantFrom(...NAMES),
      fc.constantFrom(
        "constructor",
        "__proto__",
        "toString",
        "hasOwnProperty",
        "valueOf",
        "SUM",
        "HYPERLINK",
        "WEBSERVICE",
        "INDIRECT",
        "CALL",
        "EVAL"
      ),
      fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,10}$/)
    ),
    fc.array(argument, { maxLength: 6 }),
    fc.constantFrom(")", "", "))", ") * 2", ")&A1")
  )
  .map(([eq, ns, name, args, close]) => `${eq}${ns}${name}(${args.join(",")}${close}`);

/** Well-formed IIJ calls with literal arguments: what reaches the registry. */
const iijCall = fc
  .tuple(
    fc.constantFrom(...NAMES),
    fc.array(
      fc.oneof(
        fc.string({ maxLength: 12 }).map((s) => `"${s.replace(/"/g, '""')}"`),
        fc.constantFrom('"4Q02"', '"FY2002"', '"Total revenues"', '"JPY"', "2002", "TRUE", "")
      ),
      { maxLength: 5 }
    )
  )
  .map(([name, args]) => `=IIJ.${name}(${args.join(",")})`);

const anyText = fc.oneof(
  { weight: 2, arbitrary: iijCall },
  { weight: 3, arbitrary: formulaLike },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) }
);

describe("the playground under arbitrary input", () => {
  let evalSpy: jest.SpyInstance;
  beforeEach(() => {
    evalSpy = jest.spyOn(globalThis, "eval");
  });
  afterEach(() => evalSpy.mockRestore());

  it("never throws, and answers a value or an error with a message in English and Japanese", () => {
    const playground = createPlayground(registry);
    fc.assert(
      fc.property(anyText, (text) => {
        const result = playground.evaluate(text);
        if (result.ok) {
          expect(result.rows.length).toBeGreaterThan(0);
        } else {
          expect(playgroundErrorText(result.error, en).length).toBeGreaterThan(0);
          expect(playgroundErrorText(result.error, ja).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 }
    );
    expect(evalSpy).not.toHaveBeenCalled();
  });

  it("calls only the IIJ function the text names, once, and nothing for anything else", () => {
    let answered = 0;
    fc.assert(
      fc.property(anyText, (text) => {
        const { functions, calls } = recordingRegistry();
        createPlayground(functions).evaluate(text);
        const parsed = parseFormula(text);
        const expected = parsed.ok && NAMES.includes(parsed.name) ? [parsed.name] : [];
        expect(calls).toEqual(expected);
        answered += calls.length;
      }),
      { numRuns: 3000 }
    );
    // The generator reaches the registry often enough for the property to mean something.
    expect(answered).toBeGreaterThan(100);
  });

  it("answers within bounds for a very long formula", () => {
    const playground = createPlayground(registry);
    const long = `=IIJ.VALUE("${"x".repeat(100_000)}", "4Q02")`;
    const manyArgs = `=IIJ.FXRATE(${Array.from({ length: 10_000 }, () => "1").join(",")})`;
    expect(playground.evaluate(long).ok).toBe(false);
    expect(() => playground.evaluate(manyArgs)).not.toThrow();
    expect(playground.evaluate("=IIJ.VALUE(" + '"'.repeat(50_001)).ok).toBe(false);
  });

  it("does not evaluate Excel's own functions or cell references", () => {
    const { functions, calls } = recordingRegistry();
    const playground = createPlayground(functions);
    for (const text of [
      '=HYPERLINK("http://example.com")',
      '=WEBSERVICE("http://example.com")',
      "=cmd|' /C calc'!A0",
      "=IIJ.USD(A1)",
      "=IIJ.USD(1+2)",
      '=IIJ.EBITDA(INDIRECT("A1"))',
      "=IIJ.CONSTRUCTOR()",
      "=IIJ.__PROTO__()",
    ]) {
      expect(playground.evaluate(text).ok).toBe(false);
    }
    expect(calls).toEqual([]);
  });
});
