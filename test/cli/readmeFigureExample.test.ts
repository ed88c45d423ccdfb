import { readFileSync } from "fs";
import { join } from "path";
import { runFigure } from "../../src/cli/runFigure";
import { dataset } from "../../src/data";

const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");

describe("the README's worked example of npm run figure", () => {
  it("prints what the README shows", () => {
    const command = '$ npm run figure -- --item "Value-added services" --period 4Q02\n';
    const from = readme.indexOf(command);
    expect(from).toBeGreaterThanOrEqual(0);
    const shown = readme.slice(from + command.length, readme.indexOf("\n```", from));
    let out = "";
    runFigure(
      dataset,
      ["--item", "Value-added services", "--period", "4Q02"],
      (t) => (out += t),
      () => undefined
    );
    expect(out).toBe(shown);
  });
});
