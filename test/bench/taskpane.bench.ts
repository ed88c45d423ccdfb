import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../e2e/support/taskpaneBrowser";
import { openTaskpanePage } from "../e2e/support/taskpanePage";
import { serveFolder } from "../e2e/support/taskpaneServer";

type WebpackConfig = Record<string, unknown> & {
  entry?: unknown;
  output?: Record<string, unknown>;
  plugins?: unknown[];
};

const COLD_STARTS = 7;
const ROOT = resolve(__dirname, "..", "..", "..").endsWith("lib")
  ? resolve(__dirname, "..", "..", "..", "..")
  : resolve(__dirname, "..", "..");

async function projectConfig(): Promise<WebpackConfig> {
  const loaded = require(join(ROOT, "webpack.config.js")) as unknown;
  const config = typeof loaded === "function" ? await loaded({}, { mode: "production" }) : loaded;
  return (Array.isArray(config) ? config[0] : config) as WebpackConfig;
}

function compile(config: WebpackConfig): Promise<void> {
  const webpack = require("webpack") as (
    c: unknown,
    cb: (e: Error | null, s?: { hasErrors(): boolean; toString(o: unknown): string }) => void
  ) => void;
  return new Promise((done, fail) =>
    webpack(config, (error, stats) => {
      if (error !== null || stats === undefined || stats.hasErrors()) {
        fail(error ?? new Error(stats?.toString({ all: false, errors: true }) ?? "webpack failed"));
      } else {
        done();
      }
    })
  );
}

/** The product and the bare page, built by the same webpack from the same config in this run. */
async function build(): Promise<{ product: string; bare: string }> {
  const base = await projectConfig();
  const product = mkdtempSync(join(tmpdir(), "taskpane-product-"));
  const bare = mkdtempSync(join(tmpdir(), "taskpane-bare-"));
  const HtmlWebpackPlugin = require("html-webpack-plugin") as new (o: unknown) => unknown;
  process.env.OFFICE_JS = "local";
  await compile({ ...base, mode: "production", output: { ...base.output, path: product } });
  await compile({
    ...base,
    mode: "production",
    entry: { bare: join(ROOT, "test", "e2e", "support", "taskpane-bare.tsx") },
    output: { ...base.output, path: bare },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "bare.html",
        templateContent:
          '<!doctype html><html><head><meta charset="utf-8"></head><body><div id="container"></div></body></html>',
      }),
    ],
  });
  return { product, bare };
}

type PageFigures = { readonly interactiveMs: number[]; readonly scripts: ReadonlyArray<string> };

async function measure(folder: string, page: string): Promise<PageFigures> {
  const server = await serveFolder(folder);
  const browser = await launchChromium();
  const interactiveMs: number[] = [];
  let scripts: string[] = [];
  try {
    for (let i = 0; i < COLD_STARTS; i++) {
      // Each page is a new browser context: an empty cache, a cold start.
      const { page: p } = await openTaskpanePage(browser, server.origin);
      const loaded: string[] = [];
      p.on("response", (r) => {
        const url = r.url();
        if (url.startsWith(server.origin) && /\.js(\?|$)/.test(url))
          loaded.push(new URL(url).pathname);
      });
      await p.goto(`${server.origin}/${page}`);
      await p.waitForSelector("html[data-interactive=true]");
      interactiveMs.push(
        await p.evaluate(
          () => performance.getEntriesByName("taskpane-interactive")[0]?.startTime ?? NaN
        )
      );
      scripts = loaded;
      await p.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { interactiveMs, scripts };
}

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

function sizes(folder: string, scripts: ReadonlyArray<string>, exclude: RegExp) {
  const files = scripts.filter((s) => !exclude.test(s));
  const raw = files.map((f) => readFileSync(join(folder, f)));
  return {
    files,
    rawBytes: raw.reduce((n, b) => n + b.length, 0),
    gzipBytes: raw.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
  };
}

/**
 * Builds the task pane and a bare page (one Fluent Button) with the same webpack in this run,
 * then measures the JavaScript each loads before its first interactive view (raw and gzipped,
 * office.js reported apart) and the median time to that view over several cold starts in
 * headless Chromium.
 *
 * @returns one JSON-able object per figure
 * @example
 * (await run()).find((r) => r.figure === "taskpane.initialJs")
 */
export async function run(): Promise<object[]> {
  const { product, bare } = await build();
  try {
    const pane = await measure(product, "taskpane.html");
    const base = await measure(bare, "bare.html");
    const office = /office(\.debug)?\.js$|\/office_strings|\/excel-|\/outlook|\/word-/i;
    const paneJs = sizes(product, pane.scripts, office);
    const officeJs = sizes(
      product,
      pane.scripts.filter((s) => office.test(s)),
      /^$/
    );
    const bareJs = sizes(bare, base.scripts, office);
    const paneMs = median(pane.interactiveMs);
    const bareMs = median(base.interactiveMs);
    return [
      {
        figure: "taskpane.initialJs",
        ...paneJs,
        budgetGzipBytes: 150 * 1024,
        withinBudget: paneJs.gzipBytes <= 150 * 1024,
      },
      {
        figure: "taskpane.officeJs",
        ...officeJs,
        note: "Microsoft's office.js, from the CDN inside Office",
      },
      { figure: "bare.initialJs", ...bareJs },
      {
        figure: "taskpane.firstInteractiveMs",
        coldStarts: COLD_STARTS,
        taskpaneMedianMs: Math.round(paneMs),
        bareMedianMs: Math.round(bareMs),
        ratio: Number((paneMs / bareMs).toFixed(2)),
        budgetRatio: 1.5,
        withinBudget: paneMs / bareMs <= 1.5,
      },
    ];
  } finally {
    rmSync(product, { recursive: true, force: true });
    rmSync(bare, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run().then(
    (rows) => rows.forEach((r) => console.log(JSON.stringify(r))),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    }
  );
}
