import { WorkbookError, type WorkbookErrorKind } from "../../../src/excel/errors";
import { en } from "../../../src/taskpane/i18n/en";
import { errorText } from "../../../src/taskpane/i18n/errorText";
import { ja } from "../../../src/taskpane/i18n/ja";

describe("errorText", () => {
  it("shows the pane's own words, in its language, for a request refused for its size", () => {
    const error = new WorkbookError("payloadTooLarge", "The release could not be written.");
    expect(errorText(error, en)).toBe(en.errors.kinds.payloadTooLarge);
    expect(errorText(error, ja)).toBe(ja.errors.kinds.payloadTooLarge);
    expect(ja.errors.kinds.payloadTooLarge).not.toBe(en.errors.kinds.payloadTooLarge);
  });

  it("never puts the adapter's English text into a Japanese sentence, whatever the kind", () => {
    const kinds = Object.keys(en.errors.kinds) as WorkbookErrorKind[];
    for (const kind of kinds) {
      const error = new WorkbookError(kind, "No sheet was added.");
      expect(errorText(error, ja)).toBe(ja.errors.kinds[kind]);
      expect(errorText(error, ja)).not.toContain(error.message);
    }
  });

  it("shows the message of any other error", () => {
    expect(errorText(new Error("Lost."), ja)).toBe("Lost.");
    expect(errorText("plain", en)).toBe("plain");
  });
});
