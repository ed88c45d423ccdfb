import { toCsv } from "../../src/cli/toCsv";

describe("toCsv", () => {
  it("quotes fields with commas, quotes and line breaks", () => {
    expect(toCsv(["a", "b"], [["1,234", 'say "hi"']])).toBe('a,b\r\n"1,234","say ""hi"""\r\n');
  });

  it("keeps printed negatives and leaves nulls empty", () => {
    expect(toCsv(["x", "y"], [["-905", null]])).toBe("x,y\r\n-905,\r\n");
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(toCsv(["x"], [["=HYPERLINK(1)"]])).toBe("x\r\n'=HYPERLINK(1)\r\n");
  });
});
