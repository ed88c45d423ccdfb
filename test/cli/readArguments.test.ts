import { readArguments } from "../../src/cli/readArguments";

const OPTIONS = { out: { type: "string" }, force: { type: "boolean" } } as const;

describe("readArguments", () => {
  it("reads string and boolean options", () => {
    expect(readArguments(["--out", "a.xlsx", "--force"], OPTIONS)).toEqual({
      ok: true,
      values: { out: "a.xlsx", force: true },
    });
  });

  it.each([
    [["--frobnicate"], "unknown argument '--frobnicate'"],
    [["stray"], "unknown argument 'stray'"],
    [["--out"], "--out takes a file"],
    [["--out", "--force"], "--out takes a file"],
    [["--force=yes"], "--force takes no value"],
  ])("refuses %j with %j", (argv, message) => {
    expect(readArguments(argv, OPTIONS, { out: "a file" })).toEqual({ ok: false, message });
  });
});
