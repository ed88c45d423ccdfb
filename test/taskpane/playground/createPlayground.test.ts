import { invalidValue, succeed } from "../../../src/functions/pure/FunctionResult";
import { createPlayground } from "../../../src/taskpane/playground/createPlayground";

const playground = createPlayground({
  EBITDA: (args) =>
    args[0] === "4Q02" ? succeed(459) : invalidValue(`Unknown period '${String(args[0])}'.`),
  RATE: () => succeed(0.1 + 0.2),
  ITEMS: () => succeed([["a"], ["b"]]),
  BOOM: () => {
    throw new Error("bug");
  },
});

describe("createPlayground", () => {
  it('answers =IIJ.EBITDA("4Q02") with 459', () => {
    expect(playground.evaluate('=IIJ.EBITDA("4Q02")')).toEqual({
      ok: true,
      display: "459",
      rows: [["459"]],
    });
  });

  it("shows a function's error as Excel's error with its message", () => {
    expect(playground.evaluate('=IIJ.EBITDA("Q5")')).toEqual({
      ok: false,
      message: "#VALUE! Unknown period 'Q5'.",
    });
  });

  it("shows numbers as Excel's General format and spills arrays as rows", () => {
    expect(playground.evaluate("=IIJ.RATE()")).toMatchObject({ display: "0.3" });
    expect(playground.evaluate("=IIJ.ITEMS()")).toEqual({
      ok: true,
      display: "a\nb",
      rows: [["a"], ["b"]],
    });
  });

  it("names the functions there are for an unknown name, including inherited object keys", () => {
    expect(playground.evaluate("=IIJ.NOPE()")).toMatchObject({
      ok: false,
      message: expect.stringContaining("IIJ.EBITDA"),
    });
    expect(playground.evaluate("=IIJ.CONSTRUCTOR()").ok).toBe(false);
  });

  it("answers even when a function throws", () => {
    expect(playground.evaluate("=IIJ.BOOM()")).toEqual({ ok: false, message: "#VALUE! bug" });
  });
});
