import { readNumber, readText } from "../../../src/functions/pure/readArgument";

describe("arguments that are not what a parameter takes", () => {
  it("name an Excel error by its code", () => {
    expect(readText({ code: "#N/A" }, "period")).toMatchObject({
      ok: false,
      code: "invalidValue",
      message: "The period must be text, not the error #N/A.",
    });
    expect(readNumber([[{ code: "#DIV/0!" }]], "amount")).toMatchObject({
      ok: false,
      message: "The amount must be a number, not the error #DIV/0!.",
    });
  });

  it("name TRUE/FALSE and shorten long text", () => {
    expect(readText(true, "item")).toMatchObject({
      message: "The item must be text, not TRUE/FALSE.",
    });
    expect(readNumber("x".repeat(100), "amount")).toMatchObject({
      message: `The amount must be a number, not '${"x".repeat(40)}'.`,
    });
  });
});
