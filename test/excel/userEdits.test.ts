import { addUserSheet, emptyWorkbook } from "./support/fakeState";
import {
  deleteColumns,
  deleteRows,
  insertColumns,
  insertRows,
  moveRange,
} from "./support/userEdits";

function workbook() {
  const state = emptyWorkbook();
  const sheet = addUserSheet(state, "My Sheet", [
    ["a", 1],
    ["b", 2],
    ["c", 3],
  ]);
  state.names.push({ name: "T", formula: "='My Sheet'!$A$2:$C$5", comment: "" });
  state.names.push({ name: "MARK", formula: "='My Sheet'!$A$1", comment: "" });
  state.names.push({ name: "ELSEWHERE", formula: "='Other'!$A$2:$C$5", comment: "" });
  sheet.notes.push({ id: 50, address: "B2", content: "n" });
  return { state, sheet, formula: (n: string) => state.names.find((x) => x.name === n)!.formula };
}

describe("the fake's edits follow Excel", () => {
  it("moves a name down when rows are inserted at or above its first row", () => {
    const { state, formula } = workbook();
    insertRows(state, "My Sheet", 1, 2);
    expect(formula("T")).toBe("='My Sheet'!$A$4:$C$7");
    expect(formula("MARK")).toBe("='My Sheet'!$A$1");
    expect(formula("ELSEWHERE")).toBe("='Other'!$A$2:$C$5");
  });

  it("grows a name when rows or columns are inserted inside it, not just below or right", () => {
    const { state, formula } = workbook();
    insertRows(state, "My Sheet", 3);
    expect(formula("T")).toBe("='My Sheet'!$A$2:$C$6");
    insertRows(state, "My Sheet", 6);
    expect(formula("T")).toBe("='My Sheet'!$A$2:$C$6");
    insertColumns(state, "My Sheet", 1);
    expect(formula("T")).toBe("='My Sheet'!$A$2:$D$6");
    insertColumns(state, "My Sheet", 0);
    expect(formula("T")).toBe("='My Sheet'!$B$2:$E$6");
    expect(formula("MARK")).toBe("='My Sheet'!$B$1");
  });

  it("shrinks a name on deleted rows and breaks it when all its rows go", () => {
    const { state, formula } = workbook();
    deleteRows(state, "My Sheet", 0, 2);
    expect(formula("T")).toBe("='My Sheet'!$A$1:$C$3");
    expect(formula("MARK")).toBe("=#REF!");
    deleteColumns(state, "My Sheet", 0, 3);
    expect(formula("T")).toBe("=#REF!");
  });

  it("moves cells and notes with inserted and deleted rows", () => {
    const { state, sheet } = workbook();
    const b = sheet.cells["1,0"];
    insertRows(state, "My Sheet", 1);
    expect(sheet.cells["2,0"]).toBe(b);
    expect(sheet.notes[0].address).toBe("B3");
    deleteRows(state, "My Sheet", 2);
    expect(sheet.cells["2,0"].value).toBe("c");
    expect(sheet.notes).toEqual([]);
  });

  it("moves the references wholly inside a cut area and breaks those it pastes over", () => {
    const { state, sheet, formula } = workbook();
    state.names.push({ name: "UNDER", formula: "='My Sheet'!$H$11", comment: "" });
    const c = sheet.cells["2,0"];
    moveRange(state, "My Sheet", "A1:C5", 9, 5);
    expect(formula("T")).toBe("='My Sheet'!$F$11:$H$14");
    expect(formula("MARK")).toBe("='My Sheet'!$F$10");
    expect(formula("UNDER")).toBe("=#REF!");
    expect(sheet.cells["11,5"]).toBe(c);
    expect(sheet.notes[0].address).toBe("G11");
  });
});
