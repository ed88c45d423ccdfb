import { readdirSync, readFileSync } from "fs";
import { join, relative, sep } from "path";
import {
  findImportViolations,
  layerImports,
  layerOf,
  readArrows,
  type SourceText,
} from "./findImportViolations";

const root = join(__dirname, "..", "..");
const arrows = readArrows(readFileSync(join(root, "docs", "ARCHITECTURE.md"), "utf8"));

function sourceFiles(dir: string): SourceText[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    if (!/\.tsx?$/.test(entry.name)) return [];
    return [{ path: relative(root, full).split(sep).join("/"), text: readFileSync(full, "utf8") }];
  });
}

describe("the architecture's import rules", () => {
  const files = sourceFiles(join(root, "src"));

  it("finds source files to check in every layer that exists", () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files.some((f) => f.path.startsWith("src/core/"))).toBe(true);
  });

  it("holds for every file under src/", () => {
    expect(findImportViolations(files, arrows)).toEqual([]);
  });

  it("draws every layer there is, and no layer there is not", () => {
    const layers = new Set(files.map((f) => layerOf(relative("src", f.path).split(sep).join("/"))));
    expect([...arrows.keys()].sort()).toEqual([...layers].sort());
  });

  it("draws no arrow that no import uses", () => {
    const used = [...layerImports(files)];
    const unused = [...arrows].flatMap(([from, targets]) =>
      targets
        .filter(
          (to) => !used.some((u) => u === `${from} -> ${to}` || u.startsWith(`${from} -> ${to}/`))
        )
        .map((to) => `${from} -> ${to}`)
    );
    expect(unused).toEqual([]);
  });
});

describe("findImportViolations", () => {
  const check = (path: string, text: string): string[] =>
    findImportViolations([{ path, text }], arrows);

  it("flags core importing a layer above it", () => {
    expect(check("src/core/checks/a.ts", 'import { x } from "../../excel/render";')).toEqual([
      'src/core/checks/a.ts: imports "../../excel/render" (excel); core/checks may import only itself, core/numbers, core/model',
    ]);
  });

  it("flags a part of core importing a part drawn above it", () => {
    expect(check("src/core/model/a.ts", 'import { x } from "../layout/a1";')).toEqual([
      'src/core/model/a.ts: imports "../layout/a1" (core/layout); core/model may import only itself',
    ]);
  });

  it("flags every import form: re-export, import(), require(), import = require, import type", () => {
    const text = [
      'export { a } from "../functions/a";',
      'const b = import("../taskpane/b");',
      'const c = require("../cli/c");',
      'import d = require("../xlsx/d");',
      'type E = import("../excel/e").E;',
    ].join("\n");
    const imports = check("src/core/x.ts", text).filter((v) => v.includes(" imports "));
    expect(imports).toHaveLength(5);
  });

  it("flags core importing UI, Office, spreadsheet and Node packages", () => {
    const text = [
      "react",
      "@fluentui/react-components",
      "@microsoft/office-js",
      "exceljs",
      "fs",
      "path",
      "node:fs",
    ]
      .map((p, i) => `import * as m${i} from "${p}";`)
      .join("\n");
    expect(check("src/core/x.ts", text)).toHaveLength(7);
  });

  it("flags core using host globals but not properties or strings with those names", () => {
    const text = [
      "Office.onReady();",
      "Excel.run(async () => undefined);",
      "const w = window.innerWidth;",
      "const d = document.title;",
      "const e = process.env;",
      "const r = require;",
      'const fine = { document: 1, label: "Excel window" }; fine.document; type T = { window: 1 };',
    ].join("\n");
    expect(check("src/core/x.ts", text)).toEqual(
      ["Office", "Excel", "window", "document", "process", "require"].map(
        (g) => `src/core/x.ts: core uses the global ${g}; core stays pure`
      )
    );
  });

  it("flags anything importing the task pane", () => {
    expect(check("src/excel/a.ts", 'import { App } from "../taskpane/App";')).toHaveLength(1);
    expect(check("src/functions/a.ts", 'import { App } from "../taskpane/App";')).toHaveLength(1);
  });

  it("flags excel importing functions, cli or xlsx", () => {
    const text = 'import "../functions/f";\nimport "../cli/c";\nimport "../xlsx/x";';
    expect(check("src/excel/a.ts", text)).toHaveLength(3);
  });

  it("flags data importing core beyond the model, and imports leaving src/", () => {
    expect(
      check("src/data/index.ts", 'import { runChecks } from "../core/checks/runChecks";')
    ).toHaveLength(1);
    expect(
      check("src/data/index.ts", 'import type { Dataset } from "../core/model/Dataset";')
    ).toEqual([]);
    expect(check("src/cli/a.ts", 'import "../../test/support/x";')).toEqual([
      'src/cli/a.ts: imports "../../test/support/x" from outside src/',
    ]);
  });

  it("accepts the arrows ARCHITECTURE.md draws", () => {
    expect(check("src/functions/f.ts", 'import "../core/x";\nimport "../data";')).toEqual([]);
    expect(
      check(
        "src/taskpane/t.tsx",
        'import "../excel/x";\nimport "../functions/pure/y";\nimport "react";'
      )
    ).toEqual([]);
    expect(check("src/cli/c.ts", 'import "../xlsx/render";\nimport "fs";')).toEqual([]);
    expect(check("src/core/checks/a.ts", 'import "./b";\nimport "../model/Table";')).toEqual([]);
  });
});
