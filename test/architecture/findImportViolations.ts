import { builtinModules } from "module";
import { posix } from "path";
import * as ts from "typescript";

/** A source file given to the checker: its path from the repository root and its text. */
export type SourceText = { readonly path: string; readonly text: string };

/** The top-level folders of src/ and which of them each may import (itself included). */
export const ALLOWED_LAYERS: Readonly<Record<string, ReadonlyArray<string>>> = {
  core: ["core"],
  data: ["data", "core/model"],
  functions: ["functions", "core", "data"],
  excel: ["excel", "core", "data"],
  cli: ["cli", "core", "data", "xlsx"],
  xlsx: ["xlsx", "core", "data"],
  commands: ["commands", "excel", "core", "data"],
  taskpane: ["taskpane", "excel", "core", "data", "functions"],
};

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

/** The layer a path under src/ belongs to ("core/model" for the model, else its top folder). */
function layerOf(srcRelative: string): string {
  const [top, second] = srcRelative.split("/");
  return top === "core" && second === "model" ? "core/model" : top;
}

function mayImport(from: string, to: string): boolean {
  const allowed = ALLOWED_LAYERS[from.split("/")[0]] ?? [];
  return allowed.includes(to) || (to === "core/model" && allowed.includes("core"));
}

/**
 * Finds every import that points up the architecture (ARCHITECTURE.md), and core's use of UI,
 * Office, spreadsheet or Node packages and of host globals.
 *
 * @param files - source files with paths like "src/core/x.ts"
 * @returns one line per violation
 * @example
 * findImportViolations([{ path: "src/core/a.ts", text: 'import "../excel/b";' }])
 * //=> ['src/core/a.ts: imports "../excel/b" (excel); core may import only core']
 */
export function findImportViolations(files: ReadonlyArray<SourceText>): string[] {
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
        if (!mayImport(from, to)) {
          const allowed = (ALLOWED_LAYERS[topLayer] ?? []).join(", ");
          violations.push(
            `${file.path}: imports "${specifier}" (${to}); ${topLayer} may import only ${allowed}`
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
