import { parseCheckArguments } from "../../src/cli/parseCheckArguments";

describe("npm run check's arguments", () => {
  it("defaults to both editions, rounding, a readable report and never failing", () => {
    expect(parseCheckArguments([])).toEqual({
      ok: true,
      value: {
        editions: ["en", "ja"],
        mode: "round",
        json: false,
        failOn: "never",
        explain: false,
      },
    });
  });

  it("reads every option", () => {
    expect(
      parseCheckArguments(["--edition", "ja", "--mode", "truncate", "--json", "--fail-on", "major"])
    ).toEqual({
      ok: true,
      value: { editions: ["ja"], mode: "truncate", json: true, failOn: "major", explain: false },
    });
  });

  it("names the bad argument", () => {
    expect(parseCheckArguments(["--edition", "fr"])).toEqual({
      ok: false,
      message: "--edition takes en, ja or both, not 'fr'",
    });
    expect(parseCheckArguments(["--mode"])).toEqual({
      ok: false,
      message: "--mode takes round or truncate",
    });
    expect(parseCheckArguments(["--verbose"])).toEqual({
      ok: false,
      message: "unknown argument '--verbose'",
    });
  });
});
