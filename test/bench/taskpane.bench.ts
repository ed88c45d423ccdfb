import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { launchChromium } from "../e2e/support/taskpaneBrowser";
import { projectRoot } from "../e2e/support/taskpaneRoot";
import { serveFolder } from "../e2e/support/taskpaneServer";

type WebpackConfig = Record<string, unknown> & {
  entry?: unknown;
  output?: Record<string, unknown>;
  plugins?: unknown[];
};

const COLD_STARTS = 31;
const ROOT = projectRoot();

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
  // Before the config is read: it picks office.js's source from the environment.
  process.env.OFFICE_JS = "local";
  const base = await projectConfig();
  const product = mkdtempSync(join(tmpdir(), "taskpane-product-"));
  const bare = mkdtempSync(join(tmpdir(), "taskpane-bare-"));
  const HtmlWebpackPlugin = require("html-webpack-plugin") as new (o: unknown) => unknown;
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

type Sample = { readonly interactiveMs: number; readonly scripts: ReadonlyArray<string> };

/** How long a page may take to mark its first view before the benchmark gives up. */
const MARK_TIMEOUT_MS = 30_000;

/** Resolves true once <html> has data-interactive (set with the performance mark), false when the
 * document is not the page's own or the mark has not come within MARK_TIMEOUT_MS. */
const WAIT_FOR_MARK = `new Promise((resolve) => {
  if (location.protocol !== "http:") return resolve(false);
  const root = document.documentElement;
  const done = () => root.dataset.interactive === "true";
  if (done()) return resolve(true);
  setTimeout(() => resolve(done()), ${MARK_TIMEOUT_MS});
  new MutationObserver((_, observer) => {
    if (done()) { observer.disconnect(); resolve(true); }
  }).observe(root, { attributes: true, attributeFilter: ["data-interactive"] });
})`;

/**
 * One cold start (a new browser context: empty cache): time to the mark, scripts fetched before
 * it. Requests are watched, not intercepted: interception sends each request through this process
 * and would slow the page with more requests (office.js loads a second file) for a reason no user
 * meets. A request leaving localhost fails the benchmark instead.
 */
async function coldStart(
  browser: Browser,
  origin: string,
  page: string,
  withoutOfficeJs = false
): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
  const p = await context.newPage();
  const external: string[] = [];
  p.on("request", (request) => {
    if (!request.url().startsWith(origin)) {
      external.push(request.url());
    }
  });
  try {
    if (withoutOfficeJs) {
      // A diagnostic: the same page with office.js answered empty, to show what office.js costs.
      await p.route(/office-js\//, (route) =>
        route.fulfill({ status: 200, contentType: "text/javascript", body: "" })
      );
    }
    // Wait for the mark without Playwright's selector engine: its injected script would run on
    // the page's main thread before the first view and delay it. A mutation observer costs nothing.
    await p.goto(`${origin}/${page}`, { waitUntil: "commit" });
    const cdp = await context.newCDPSession(p);
    // Until the page's own document answers (an early call may reach the blank one it replaces),
    // within the same 30 s Playwright's own waits allow.
    const deadline = Date.now() + MARK_TIMEOUT_MS;
    for (let answered = false; !answered;) {
      if (Date.now() > deadline) {
        throw new Error(`${page} never marked its first view interactive`);
      }
      const reply = await cdp
        .send("Runtime.evaluate", { expression: WAIT_FOR_MARK, awaitPromise: true })
        .catch(() => null);
      answered = reply?.result.value === true;
    }
    if (external.length > 0) {
      throw new Error(`${page} requested beyond localhost: ${external.join(", ")}`);
    }
    const sample = await p.evaluate(() => {
      const mark = performance.getEntriesByName("taskpane-interactive")[0]?.startTime ?? NaN;
      const scripts = performance
        .getEntriesByType("resource")
        .filter((e) => e.startTime <= mark && /\.js(\?|$)/.test(e.name))
        .map((e) => e.name);
      return { interactiveMs: mark, scripts };
    });
    return {
      interactiveMs: sample.interactiveMs,
      scripts: sample.scripts.map((url) => (url.startsWith(origin) ? new URL(url).pathname : url)),
    };
  } finally {
    await context.close();
  }
}

/**
 * Cold starts of both pages in one browser, interleaved (the order alternating) so drift in the
 * machine's load falls on both alike; one start of each first, discarded, warms the browser.
 */
async function measure(
  product: string,
  bare: string
): Promise<{
  pane: Sample[];
  base: Sample[];
  noOffice: Sample[];
  tabs: Array<Record<string, { first: number; second: number }>>;
}> {
  const paneServer = await serveFolder(product);
  const bareServer = await serveFolder(bare);
  const browser = await launchChromium();
  const pane: Sample[] = [];
  const base: Sample[] = [];
  const noOffice: Sample[] = [];
  const tabs: Array<Record<string, { first: number; second: number }>> = [];
  try {
    await coldStart(browser, paneServer.origin, "taskpane.html");
    await coldStart(browser, bareServer.origin, "bare.html");
    for (let i = 0; i < COLD_STARTS; i++) {
      const runPane = async () =>
        pane.push(await coldStart(browser, paneServer.origin, "taskpane.html"));
      const runBare = async () =>
        base.push(await coldStart(browser, bareServer.origin, "bare.html"));
      if (i % 2 === 0) {
        await runPane();
        await runBare();
      } else {
        await runBare();
        await runPane();
      }
      noOffice.push(await coldStart(browser, paneServer.origin, "taskpane.html", true));
    }
    for (let i = 0; i < TAB_STARTS; i++) {
      tabs.push(await tabOpens(browser, paneServer.origin));
    }
  } finally {
    await browser.close();
    await paneServer.close();
    await bareServer.close();
  }
  return { pane, base, noOffice, tabs };
}

/** Cold starts over which each tab's first and second open are timed. */
const TAB_STARTS = 7;

/** The tabs besides the first view, by their English labels. */
const TABS = ["Check", "Functions", "Settings"] as const;

/**
 * Clicks a tab in the page and resolves with the milliseconds until its panel shows the view
 * (named after the tab, not hidden, no Suspense fallback "…" in it) and the page is laid out:
 * a DOM commit seen by a mutation observer, then a forced style and layout. The layout counts:
 * a view's first open used to commit quickly and leave its new CSS rules and its first layout
 * to the frame after, which the commit alone did not time.
 */
const OPEN_TAB = `async (name) => {
  const tab = [...document.querySelectorAll("[role=tab]")].find((b) => b.textContent === name);
  const shown = () => {
    const panel = [...document.querySelectorAll("[role=tabpanel]")].find(
      (p) => p.getAttribute("aria-label") === name && !p.hidden
    );
    const text = panel?.textContent.trim() ?? "";
    return text !== "" && text !== "…";
  };
  return new Promise((resolve) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (shown()) {
        observer.disconnect();
        document.documentElement.getBoundingClientRect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(document.body, {
      subtree: true, childList: true, attributes: true, characterData: true,
    });
    tab.click();
  });
}`;

/**
 * One cold start of the task pane, then each tab opened twice (back to Load in between): the
 * time of its first open (its chunk maybe still arriving) and of its second, in the same page.
 */
async function tabOpens(
  browser: Browser,
  origin: string
): Promise<Record<string, { first: number; second: number }>> {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/taskpane.html`);
    await page.waitForSelector("html[data-interactive=true]");
    // A user reads the first view for a moment before choosing a tab.
    await page.waitForTimeout(1000);
    const open = (name: string): Promise<number> =>
      page.evaluate(`(${OPEN_TAB})(${JSON.stringify(name)})`) as Promise<number>;
    const result: Record<string, { first: number; second: number }> = {};
    for (const tab of TABS) {
      const first = await open(tab);
      await open("Load");
      const second = await open(tab);
      await open("Load");
      result[tab] = { first, second };
    }
    return result;
  } finally {
    await context.close();
  }
}

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

function sizes(folder: string, scripts: ReadonlyArray<string>, exclude: RegExp) {
  const files = scripts.filter((s) => s.startsWith("/") && !exclude.test(s));
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
 * headless Chromium; then, in the same run, each tab's first open against its second.
 *
 * @returns one JSON-able object per figure
 * @example
 * (await run()).find((r) => r.figure === "taskpane.initialJs")
 */
export async function run(): Promise<object[]> {
  const { product, bare } = await build();
  try {
    const { pane: paneStarts, base: bareStarts, noOffice, tabs } = await measure(product, bare);
    const office =
      /office(\.debug)?\.js$|\/office_strings|\/excel-|\/outlook|\/word-|o15apptofile/i;
    const pane = {
      interactiveMs: paneStarts.map((x) => x.interactiveMs),
      scripts: paneStarts[0].scripts,
    };
    const base = {
      interactiveMs: bareStarts.map((x) => x.interactiveMs),
      scripts: bareStarts[0].scripts,
    };
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
        // Each task pane start over the bare start next to it: drift in the machine's load
        // cancels within a pair.
        pairedRatioMedian: Number(
          median(pane.interactiveMs.map((ms, i) => ms / base.interactiveMs[i])).toFixed(2)
        ),
        taskpaneMs: pane.interactiveMs.map(Math.round),
        bareMs: base.interactiveMs.map(Math.round),
        withoutOfficeJsMedianMs: Math.round(median(noOffice.map((x) => x.interactiveMs))),
        budgetRatio: 1.5,
        withinBudget: paneMs / bareMs <= 1.5,
      },
      ...TABS.map((tab) => {
        const first = median(tabs.map((r) => r[tab].first));
        const second = median(tabs.map((r) => r[tab].second));
        return {
          figure: "taskpane.tabOpenMs",
          tab,
          coldStarts: TAB_STARTS,
          firstOpenMedianMs: Number(first.toFixed(1)),
          secondOpenMedianMs: Number(second.toFixed(1)),
          ratio: Number((first / second).toFixed(2)),
          firstMs: tabs.map((r) => Number(r[tab].first.toFixed(1))),
          secondMs: tabs.map((r) => Number(r[tab].second.toFixed(1))),
          budgetRatio: 2,
          withinBudget: first / second <= 2,
        };
      }),
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
