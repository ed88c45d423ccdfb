import { openTextArgument } from "../../../src/taskpane/playground/openTextArgument";

describe("openTextArgument", () => {
  it("finds the text being typed, its function and argument", () => {
    expect(openTextArgument('=IIJ.VALUE("営業')).toEqual({
      name: "VALUE",
      argument: 1,
      typed: "営業",
      before: "=IIJ.VALUE(",
    });
    expect(openTextArgument('=iij.change("a, b", "4Q')).toMatchObject({
      name: "CHANGE",
      argument: 2,
      typed: "4Q",
      before: '=iij.change("a, b", ',
    });
  });

  it("reads curly quotes and full-width characters as Excel's", () => {
    expect(openTextArgument("＝IIJ.VALUE（“Total")).toMatchObject({
      argument: 1,
      typed: "Total",
      before: "=IIJ.VALUE(",
    });
  });

  it("returns null outside text or after the call closed", () => {
    expect(openTextArgument('=IIJ.VALUE("Total", ')).toBeNull();
    expect(openTextArgument('=IIJ.VALUE("Total")')).toBeNull();
    expect(openTextArgument('=SUM("a')).toBeNull();
    expect(openTextArgument('=IIJ.VALUE("say ""hi')).toMatchObject({ typed: 'say "hi' });
  });
});
