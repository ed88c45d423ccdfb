import { WorkbookError } from "../../../src/excel/errors";
import { en } from "../../../src/taskpane/i18n/en";
import { errorText } from "../../../src/taskpane/i18n/errorText";
import { ja } from "../../../src/taskpane/i18n/ja";

describe("errorText", () => {
  it("shows the pane's own words, in its language, for a request refused for its size", () => {
    const error = new WorkbookError("payloadTooLarge", "The release could not be written.");
    expect(errorText(error, en)).toBe(en.errors.payloadTooLarge);
    expect(errorText(error, ja)).toBe(ja.errors.payloadTooLarge);
    expect(ja.errors.payloadTooLarge).not.toBe(en.errors.payloadTooLarge);
  });

  it("shows the message of any other error", () => {
    const error = new WorkbookError("protected", "No sheet was added.");
    expect(errorText(error, ja)).toBe(error.message);
    expect(errorText("plain", en)).toBe("plain");
  });
});
