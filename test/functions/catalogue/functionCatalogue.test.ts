import { readFileSync } from "fs";
import { join } from "path";
import { buildIndex } from "../../../src/core/model/buildIndex";
import { dataset } from "../../../src/data";
import { FUNCTION_CATALOGUE } from "../../../src/functions/catalogue/functionCatalogue";
import { createFunctionsCore } from "../../../src/functions/pure/functionsCore";
import { renderFunctionsSource } from "../../../src/functions/docs/renderFunctionsSource";
import { renderReadmeTable } from "../../../src/functions/docs/renderReadmeTable";
import { FUNCTION_IDS } from "../../../src/functions/functionIds";
import { createPlayground } from "../../../src/taskpane/playground/createPlayground";
import { playgroundRegistry } from "../../../src/taskpane/playground/playgroundRegistry";
const { DEV_URL } = require("../../../scripts/buildOptions") as { DEV_URL: string };

const ROOT = join(__dirname, "../../..");
const core = createFunctionsCore(buildIndex(dataset));
const playground = createPlayground(playgroundRegistry(core));

describe("the function catalogue", () => {
  it.each(FUNCTION_IDS)("IIJ.%s: its example answers what the catalogue says", (id) => {
    const { formula, answer } = FUNCTION_CATALOGUE[id].example;
    expect(formula.startsWith(`=IIJ.${id}(`)).toBe(true);
    const result = playground.evaluate(formula);
    expect(
      result.ok
        ? result.rows[0][0].text
        : result.error.kind === "function"
          ? `${result.error.excelError} ${result.error.message}`
          : result.error.kind
    ).toBe(answer);
  });

  it.each(FUNCTION_IDS)(
    "IIJ.%s: one argument too many is #VALUE! naming how many it takes",
    (id) => {
      const { parameters } = FUNCTION_CATALOGUE[id];
      const args = [...parameters.map(() => null), "x"];
      const result = core[id](...args);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.code).toBe("invalidValue");
        expect(result.message).toContain(`IIJ.${id} takes `);
        expect(result.message).toContain(`, not ${parameters.length + 1}.`);
      }
    }
  );

  it("refuses IIJ.EBITDA with a third argument instead of reading the second", () => {
    expect(playground.evaluate('=IIJ.EBITDA("4Q02","JPY","x")')).toMatchObject({
      ok: false,
      error: {
        kind: "function",
        excelError: "#VALUE!",
        message: "IIJ.EBITDA takes 1 to 2 arguments (period, [unit]), not 3.",
      },
    });
  });

  it("gives a left-out optional parameter its default", () => {
    expect(core.CHECK(0.072, 72, 1000)).toEqual(core.CHECK(0.072, 72, 1000, 1));
  });

  it("is what src/functions/functions.ts declares (run `npm run functions` after a change)", () => {
    expect(readFileSync(join(ROOT, "src/functions/functions.ts"), "utf8")).toBe(
      renderFunctionsSource(FUNCTION_CATALOGUE, DEV_URL)
    );
  });

  it("is the README's function table (run `npm run functions` after a change)", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme).toContain(`\n${renderReadmeTable(FUNCTION_CATALOGUE)}\n`);
  });
});
