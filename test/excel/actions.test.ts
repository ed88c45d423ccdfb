import fc from "fast-check";
import { chooseSheetNames } from "../../src/excel/chooseSheetNames";
import { createWorkbookActions } from "../../src/excel/createWorkbookActions";
import { toWorkbookError } from "../../src/excel/errors";
import { detectFeatures } from "../../src/excel/features";
import { ownerMarkFormula, readOwnedSheets } from "../../src/excel/ownershipMarks";
import { rowAreas } from "../../src/excel/rowAreas";
import { fakeRunner } from "./support/FakeContext";
import { emptyWorkbook } from "./support/fakeState";
import { sampleDeps, upTo } from "./support/samplePlan";

describe("insertFormula", () => {
  it("puts the formula into the active cell, adding the equals sign", async () => {
    const state = emptyWorkbook();
    state.selection = { sheet: "Sheet1", address: "B2" };
    const { run } = fakeRunner(state);
    await createWorkbookActions(sampleDeps(run)).insertFormula('IIJ.EBITDA("4Q02")');
    expect(state.selection.formulas).toBe(JSON.stringify([['=IIJ.EBITDA("4Q02")']]));
  });
});

describe("chooseSheetNames", () => {
  it("reuses the add-in's own names and avoids a user's", () => {
    const naming = chooseSheetNames(
      ["Operations", "Checks"],
      ["Operations", "Checks"],
      ["Operations"]
    );
    expect(naming.final).toEqual(["Operations", "Checks (2)"]);
    expect(naming.renamed).toEqual([{ wanted: "Checks", actual: "Checks (2)" }]);
  });

  it("compares names without regard to case and keeps names within 31 characters", () => {
    const long = "A".repeat(31);
    const naming = chooseSheetNames([long], [long.toLowerCase()], []);
    expect(naming.final[0]).toBe(`${"A".repeat(27)} (2)`);
  });

  it("never picks a name a user's sheet holds, nor the same name twice", () => {
    const name = fc.constantFrom("Checks", "checks", "Checks (2)", "Operations", "~IIJ loading 1");
    fc.assert(
      fc.property(
        fc.array(name, { maxLength: 6 }),
        fc.uniqueArray(name, { maxLength: 4 }),
        (planned, existing) => {
          const wanted = [...new Set(planned.map((p) => p.toUpperCase()))].map(
            (u) => planned.find((p) => p.toUpperCase() === u) as string
          );
          const naming = chooseSheetNames(wanted, existing, []);
          const all = [...naming.final, ...naming.temporary].map((n) => n.toUpperCase());
          const users = new Set(existing.map((n) => n.toUpperCase()));
          return new Set(all).size === all.length && all.every((n) => !users.has(n));
        }
      )
    );
  });
});

describe("ownership marks", () => {
  it("finds a sheet through its mark, quoted or not, and ignores broken marks", () => {
    const owned = readOwnedSheets(
      [
        { name: "IIJ_SHEET_EN_OPERATIONS", formula: ownerMarkFormula("Bob's Ops") },
        { name: "IIJ_SHEET_CHECKS", formula: "=Checks!$A$1" },
        { name: "IIJ_SHEET_GONE", formula: "=#REF!" },
        { name: "MY_NAME", formula: "=Checks!$A$1" },
      ],
      ["Bob's Ops", "CHECKS"]
    );
    expect(owned).toEqual([
      { sheet: "Bob's Ops", mark: "IIJ_SHEET_EN_OPERATIONS" },
      { sheet: "CHECKS", mark: "IIJ_SHEET_CHECKS" },
    ]);
  });
});

describe("rowAreas", () => {
  it("merges adjacent rows unless each row needs its own border", () => {
    expect(rowAreas([4, 2, 3, 9], 3, false)).toBe("A3:C5,A10:C10");
    expect(rowAreas([2, 3], 2, true)).toBe("A3:B3,A4:B4");
    expect(rowAreas([], 2, true)).toBe("");
  });
});

describe("errors and features", () => {
  it("maps Excel's codes to kinds with a message saying what to do", () => {
    const error = toWorkbookError({ code: "AccessDenied" }, "No sheet was added.");
    expect(error.kind).toBe("protected");
    expect(error.message).toMatch(/^No sheet was added\. .*Unprotect/);
    expect(toWorkbookError(new Error("?"), "x").kind).toBe("failed");
    // A request refused for its size is not a sheet limit: its own kind, with its own advice.
    const tooLarge = toWorkbookError({ code: "RequestPayloadSizeLimitExceeded" }, "x");
    expect(tooLarge.kind).toBe("payloadTooLarge");
    expect(tooLarge.message).not.toBe(
      toWorkbookError({ code: "ResourceLimitReached" }, "x").message
    );
  });

  it("switches off each feature above the host's requirement sets", () => {
    const support = detectFeatures(upTo("1.9"));
    expect([...support.supported].sort()).toEqual(
      ["highlights", "hyperlinks", "load", "rowStyles", "suspendCalculation"].sort()
    );
    expect([...support.unsupported].sort()).toEqual(["comments", "notes"]);
  });
});
