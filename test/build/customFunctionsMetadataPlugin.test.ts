import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { CustomFunctionsMetadataPlugin } from "../../scripts/customFunctionsMetadataPlugin";

/** The parts of webpack's compiler and compilation the plugin touches, recorded. */
function fakeCompiler() {
  const compilation = {
    fileDependencies: new Set<string>(),
    errors: [] as Error[],
    emitted: new Map<string, string>(),
    processAssets: null as null | (() => Promise<void>),
    emitAsset(name: string, source: { text: string }) {
      this.emitted.set(name, source.text);
    },
    hooks: {
      processAssets: {
        tapPromise: (_options: unknown, run: () => Promise<void>) => {
          compilation.processAssets = run;
        },
      },
    },
  };
  const compiler = {
    webpack: {
      Compilation: { PROCESS_ASSETS_STAGE_ADDITIONAL: -2000 },
      WebpackError: Error,
      sources: {
        RawSource: class {
          constructor(readonly text: string) {}
        },
      },
    },
    hooks: {
      thisCompilation: { tap: (_name: string, fn: (c: unknown) => void) => fn(compilation) },
    },
  };
  return { compiler, compilation };
}

function sourceFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "cf-metadata-")), "functions.ts");
  writeFileSync(file, text);
  return file;
}

async function build(text: string) {
  const { compiler, compilation } = fakeCompiler();
  const input = sourceFile(text);
  new CustomFunctionsMetadataPlugin({ input, output: "functions.json" }).apply(compiler);
  await compilation.processAssets?.();
  return { compilation, input };
}

describe("CustomFunctionsMetadataPlugin", () => {
  beforeEach(() => {
    // custom-functions-metadata prints its errors too; the compilation's errors are what count.
    jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it("writes functions.json for well-formed JSDoc", async () => {
    const { compilation, input } = await build(
      "/**\n * One.\n * @customfunction ONE\n * @returns one\n */\nexport function one(): number {\n  return 1;\n}\n"
    );
    expect(compilation.errors).toEqual([]);
    expect(compilation.fileDependencies.has(input)).toBe(true);
    const metadata = JSON.parse(compilation.emitted.get("functions.json") ?? "{}");
    expect(metadata.functions.map((f: { id: string }) => f.id)).toEqual(["ONE"]);
  });

  it("fails the compilation, and writes nothing, when the metadata has errors", async () => {
    const { compilation } = await build(
      "/**\n * Bad.\n * @customfunction BAD\n * @param x {badtype} nonsense\n */\nexport function bad(x: Map<string, string>): Map<string, string> {\n  return x;\n}\n"
    );
    expect(compilation.errors.length).toBeGreaterThan(0);
    expect(compilation.errors[0].message).toMatch(/^IIJCustomFunctionsMetadata: .*functions\.ts: /);
    expect(compilation.emitted.size).toBe(0);
  });
});
