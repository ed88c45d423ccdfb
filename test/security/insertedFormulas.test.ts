import { parseFormula } from "../../src/taskpane/playground/parseFormula";
import { FUNCTION_REFERENCE } from "../../src/taskpane/services/functionReference";

describe("the formulas the task pane puts into cells", () => {
  it("are the reference's examples, each one IIJ call with literal arguments only", () => {
    expect(FUNCTION_REFERENCE.length).toBeGreaterThan(0);
    for (const { name, example } of FUNCTION_REFERENCE) {
      const parsed = parseFormula(example);
      expect({ example, parsed }).toEqual({
        example,
        parsed: expect.objectContaining({ ok: true, name: name.replace(/^IIJ\./, "") }),
      });
    }
  });
});
