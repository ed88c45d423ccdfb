import * as fs from "fs";
import * as path from "path";

/** One `@example` line of a TSDoc comment: `expression //=> expected`. */
export type Example = {
  /** The file, relative to the repository. */
  readonly file: string;
  /** The 1-based line of the example. */
  readonly line: number;
  /** The code run: the example's set-up, then its own expression. */
  readonly expression: string;
  /** The expression on the answer's line alone. */
  readonly own: string;
  readonly expected: string;
};

const ROOT = path.resolve(__dirname, "../..");

/** Every `.ts`/`.tsx` file under `dir`, repository-relative, sorted. */
function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .flatMap((entry) => {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        return sourceFiles(rel);
      }
      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [rel] : [];
    })
    .sort();
}

/**
 * Every example with an answer (`//=>`) in the TSDoc comments of the files under `dir`: the lines
 * after an `@example` tag, up to the end of the comment or the next tag. Lines without an answer
 * before one (`const issues = validationIssues();`), and the examples before it in the same block,
 * are its set-up, run first.
 */
export function readExamples(dir: string): Example[] {
  return sourceFiles(dir).flatMap((file) => {
    const lines = fs.readFileSync(path.join(ROOT, file), "utf8").split("\n");
    const out: Example[] = [];
    let inExample = false;
    let setup: string[] = [];
    lines.forEach((text, i) => {
      const body = /^\s*\*\s?(.*)$/.exec(text);
      if (body === null || /^\s*\*\//.test(text) || /^@\w/.test(body[1])) {
        inExample = body !== null && /^@example\b/.test(body[1]);
        setup = [];
        return;
      }
      if (!inExample) {
        return;
      }
      const answer = /^(.*?)\s*\/\/=>\s*(.*)$/.exec(body[1]);
      if (answer === null) {
        setup.push(body[1].trim());
        return;
      }
      const expression = [...setup, answer[1]].filter((l) => l !== "").join(" ");
      out.push({ file, line: i + 1, expression, own: answer[1], expected: answer[2] });
      setup.push(`${answer[1]};`);
    });
    return out;
  });
}
