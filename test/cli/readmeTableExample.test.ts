import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkTableFile } from "../../src/cli/checkTableFile";

const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");

function between(start: string, end: string): string {
  const from = readme.indexOf(start);
  expect(from).toBeGreaterThanOrEqual(0);
  const to = readme.indexOf(end, from + start.length);
  return readme.slice(from + start.length, to);
}

describe("the README's worked example of --table", () => {
  it("prints what the README shows for the table it shows", async () => {
    const csv = between("$ cat revenues.csv\n", "\n\n$ npm run check");
    const shown = between("$ npm run check -- --table revenues.csv --explain\n", "\n```");
    const file = join(mkdtempSync(join(tmpdir(), "readme-")), "revenues.csv");
    writeFileSync(file, csv);
    let out = "";
    const status = await checkTableFile(
      { editions: ["en"], mode: "round", json: false, failOn: "never", explain: true, table: file },
      (t) => (out += t),
      () => undefined
    );
    expect(status).toBe(0);
    expect(out).toBe(shown);
  });
});
