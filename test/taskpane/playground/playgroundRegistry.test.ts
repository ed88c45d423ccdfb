import { buildIndex } from "../../../src/core/model/buildIndex";
import { createFunctionsCore } from "../../../src/functions/pure/functionsCore";
import { createPlayground } from "../../../src/taskpane/playground/createPlayground";
import { playgroundRegistry } from "../../../src/taskpane/playground/playgroundRegistry";
import { FUNCTION_REFERENCE } from "../../../src/taskpane/services/functionReference";
import { dataset } from "../../../src/data";
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
    expect(result).toMatchObject({
      ok: false,
      error: { kind: "function", excelError: "#VALUE!", message: expect.stringMatching(/4Q02/) },
    });
  });

  it("answers every reference example over the release with a value, as the reference promises", () => {
    const release = createPlayground(playgroundRegistry(createFunctionsCore(buildIndex(dataset))));
    const failing = FUNCTION_REFERENCE.map((f) => [f.example, release.evaluate(f.example)] as const)
      .filter(([, result]) => !result.ok || result.display === "")
      .map(
        ([example, result]) => `${example}: ${result.ok ? "empty" : JSON.stringify(result.error)}`
      );
    expect(FUNCTION_REFERENCE.length).toBeGreaterThan(10);
    expect(failing).toEqual([]);
  });
});
