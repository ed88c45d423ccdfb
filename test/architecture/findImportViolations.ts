import { builtinModules } from "module";
import { posix } from "path";
import * as ts from "typescript";

/** A source file given to the checker: its path from the repository root and its text. */
export type SourceText = { readonly path: string; readonly text: string };

/** Each layer and the layers it may import besides itself, as docs/ARCHITECTURE.md draws them. */
export type Arrows = ReadonlyMap<string, ReadonlyArray<string>>;

/**
 * Reads the ```arrows block of docs/ARCHITECTURE.md: one line per layer, `layer -> a, b`.
 *
 * @param markdown - the document's text
 * @returns the arrows; throws when the block is missing or a line is not an arrow
 * @example
 * readArrows("```arrows\nexcel -> core, data\ncore/model ->\n```").get("excel") //=> ["core", "data"]
 */
export function readArrows(markdown: string): Arrows {
  const block = /^```arrows\n([\s\S]*?)^```/m.exec(markdown);
  if (block === null) {
    throw new Error("docs/ARCHITECTURE.md has no ```arrows block");
  }
  const arrows = new Map<string, string[]>();
  for (const line of block[1].split("\n").filter((l) => l.trim() !== "")) {
    const match = /^([a-z/]+)\s*->\s*(.*)$/.exec(line.trim());
    if (match === null) {
      throw new Error(`not an arrow: '${line}'`);
    }
    const targets = match[2].split(",").map((t) => t.trim());
    arrows.set(
      match[1],
      targets.filter((t) => t !== "")
    );
  }
  return arrows;
}

/** Packages core must not import: UI, Office, spreadsheets, and every Node built-in. */
const CORE_FORBIDDEN_PACKAGES = [
  /^react(-dom)?(\/|$)/,
  /^@fluentui\//,
  /^office-/,
  /^@microsoft\/office-js/,
  /^exceljs(\/|$)/,
  /^node:/,
  new RegExp(`^(${builtinModules.map((m) => m.replace(/[/]/g, "\\/")).join("|")})(\\/|$)`),
];

/** Host globals core must not touch: the Office host, the DOM, Node. */
const CORE_FORBIDDEN_GLOBALS = new Set([
  "Office",
  "Excel",
  "document",
  "window",
  "require",
  "process",
]);

/** Every module specifier a file imports: static, re-exports, import(), require(), import = require. */
function moduleSpecifiers(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require")) &&
      node.arguments.length > 0 &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      found.push(node.moduleReference.expression.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) found.push(literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Whether an identifier is a use of a global (not a property name or a declaration's name). */
function isGlobalUse(id: ts.Identifier): boolean {
  const parent = id.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === id) return false;
  if (ts.isQualifiedName(parent) && parent.right === id) return false;
  if (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isVariableDeclaration(parent) ||
      ts.isParameter(parent) ||
      ts.isBindingElement(parent) ||
      ts.isFunctionDeclaration(parent) ||
      ts.isImportSpecifier(parent) ||
      ts.isExportSpecifier(parent) ||
      ts.isEnumMember(parent) ||
      ts.isTypeAliasDeclaration(parent) ||
      ts.isInterfaceDeclaration(parent)) &&
    parent.name === id
  ) {
    return false;
  }
  return !ts.isLiteralTypeNode(parent);
}

function forbiddenGlobals(source: ts.SourceFile): string[] {
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && CORE_FORBIDDEN_GLOBALS.has(node.text) && isGlobalUse(node)) {
      found.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found];
}

/** The layer a path under src/ belongs to: "core/<part>" inside core, else its top folder. */
export function layerOf(srcRelative: string): string {
  const parts = srcRelative.split("/");
  return parts[0] === "core" && parts.length > 2 ? `core/${parts[1]}` : parts[0];
}

/** Whether an arrow lets `from` import `to`: itself, a drawn target, or any part of a drawn core. */
function mayImport(arrows: Arrows, from: string, to: string): boolean {
  const allowed = arrows.get(from) ?? [];
  return (
    from === to || allowed.includes(to) || (to.startsWith("core/") && allowed.includes("core"))
  );
}

/** Every import between two layers of the files: "from -> to", each once. */
export function layerImports(files: ReadonlyArray<SourceText>): Set<string> {
  const found = new Set<string>();
  for (const file of files) {
    const from = layerOf(posix.relative("src", file.path));
    const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true);
    for (const specifier of moduleSpecifiers(source)) {
      const target = posix.normalize(posix.join(posix.dirname(file.path), specifier));
      if (specifier.startsWith(".") && target.startsWith("src/")) {
        const to = layerOf(posix.relative("src", target));
        if (to !== from) {
          found.add(`${from} -> ${to}`);
        }
      }
    }
  }
  return found;
}

/**
 * Finds every import that docs/ARCHITECTURE.md's arrows do not allow, and core's use of UI,
 * Office, spreadsheet or Node packages and of host globals.
 *
 * @param files - source files with paths like "src/core/model/x.ts"
 * @param arrows - the drawn arrows ({@link readArrows})
 * @returns one line per violation
 * @example
 * findImportViolations([{ path: "src/core/model/a.ts", text: 'import "../../excel/b";' }], arrows)
 * //=> ['src/core/model/a.ts: imports "../../excel/b" (excel); core/model may import only itself']
 */
export function findImportViolations(files: ReadonlyArray<SourceText>, arrows: Arrows): string[] {
  const violations: string[] = [];
  for (const file of files) {
    const srcRelative = posix.relative("src", file.path);
    const from = layerOf(srcRelative);
    const topLayer = from.split("/")[0];
    const kind = file.path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, kind);
    for (const specifier of moduleSpecifiers(source)) {
      if (specifier.startsWith(".")) {
        const target = posix.normalize(posix.join(posix.dirname(file.path), specifier));
        if (!target.startsWith("src/")) {
          violations.push(`${file.path}: imports "${specifier}" from outside src/`);
          continue;
        }
        const to = layerOf(posix.relative("src", target));
        if (!mayImport(arrows, from, to)) {
          const allowed = arrows.get(from) ?? [];
          const only = allowed.length === 0 ? "itself" : `itself, ${allowed.join(", ")}`;
          violations.push(
            `${file.path}: imports "${specifier}" (${to}); ${from} may import only ${only}`
          );
        }
      } else if (topLayer === "core" && CORE_FORBIDDEN_PACKAGES.some((p) => p.test(specifier))) {
        violations.push(`${file.path}: core imports the package "${specifier}"; core stays pure`);
      }
    }
    if (topLayer === "core") {
      for (const name of forbiddenGlobals(source)) {
        violations.push(`${file.path}: core uses the global ${name}; core stays pure`);
      }
    }
  }
  return violations;
}
