import { buildIndex } from "../../../src/core/model/buildIndex";
import { createFunctionsCore } from "../../../src/functions/core/functionsCore";
import { createPlayground } from "../../../src/taskpane/playground/createPlayground";
import { playgroundRegistry } from "../../../src/taskpane/playground/playgroundRegistry";
import { FUNCTION_REFERENCE } from "../../../src/taskpane/services/functionReference";
import { smallDataset } from "../support/taskpaneFixture";

const playground = createPlayground(
  playgroundRegistry(createFunctionsCore(buildIndex(smallDataset)))
);

describe("playgroundRegistry", () => {
  it("has every function the reference lists", () => {
    const names = Object.keys(playgroundRegistry(createFunctionsCore(buildIndex(smallDataset))));
    expect(FUNCTION_REFERENCE.map((f) => f.name.replace(/^IIJ\./, "")).sort()).toEqual(
      names.sort()
    );
  });

  it("answers with the functions' core over the dataset", () => {
    expect(playground.evaluate("=IIJ.FXRATE()")).toMatchObject({ ok: true, display: "118.07" });
    expect(playground.evaluate('=IIJ.VALUE("Total revenues", "4Q02")')).toMatchObject({
      ok: true,
      display: "2500000",
    });
  });

  it("shows the core's message for a wrong argument", () => {
    const result = playground.evaluate('=IIJ.VALUE("Total revenues", "Q5")');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^#VALUE! .*4Q02/);
  });

  it("answers every reference example with a value or an Excel error, never a crash", () => {
    for (const f of FUNCTION_REFERENCE) {
      const result = playground.evaluate(f.example);
      expect(
        result.ok ? result.display.length >= 0 : /^#(VALUE!|N\/A) ./.test(result.message)
      ).toBe(true);
    }
  });
});
