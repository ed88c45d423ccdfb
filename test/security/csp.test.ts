import { readFileSync } from "fs";
import { join } from "path";
import { parsePolicy, policyMeta, type Policy } from "./contentSecurityPolicy";

const root = join(__dirname, "..", "..");
const template = readFileSync(join(root, "src", "taskpane", "taskpane.html"), "utf8");

/** The one template expression the policy may hold: 'unsafe-eval' for eval-based source maps. */
const DEV_ONLY_EVAL = `<%= /eval/.test(String(webpackConfig.devtool)) ? ' \\'unsafe-eval\\'' : '' %>`;

type WebpackConfig = (
  env: Record<string, unknown>,
  argv: { mode: string }
) => { readonly devtool: string | false };
// webpack.config.js is CommonJS without types; only its devtool is read here.
const webpackConfig = require("../../webpack.config.js") as WebpackConfig;

/** The policy html-webpack-plugin writes for a build whose devtool is `devtool`. */
function renderedPolicy(devtool: string | false): Policy {
  const meta = policyMeta(template);
  if (meta === null) {
    throw new Error("taskpane.html has no Content-Security-Policy meta tag");
  }
  const evalAllowed = /eval/.test(String(devtool));
  return parsePolicy(meta.content.split(DEV_ONLY_EVAL).join(evalAllowed ? " 'unsafe-eval'" : ""));
}

const production = renderedPolicy(webpackConfig({}, { mode: "production" }).devtool);
const development = renderedPolicy(webpackConfig({}, { mode: "development" }).devtool);

describe("the task pane's Content-Security-Policy", () => {
  it("comes before any script, so it governs office.js and the bundles", () => {
    const meta = policyMeta(template);
    expect(meta).not.toBeNull();
    expect(meta?.index).toBeLessThan(template.search(/<script/i));
  });

  it("holds no template expression but the development build's eval allowance", () => {
    const content = policyMeta(template)?.content ?? "";
    expect(content.match(/<%[\s\S]*?%>/g)).toEqual([DEV_ONLY_EVAL]);
  });

  it("allows scripts only from this origin and Microsoft's office.js CDN, never eval or inline", () => {
    expect(production.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(production.get("default-src")).toEqual(["'self'"]);
    expect(production.get("object-src")).toEqual(["'none'"]);
  });

  it("lets the development build evaluate its source maps and nothing more", () => {
    expect(development.get("script-src")).toEqual([
      "'self'",
      "https://appsforoffice.microsoft.com",
      "'unsafe-eval'",
    ]);
    const withoutScripts = (p: Policy) => [...p].filter(([name]) => name !== "script-src");
    expect(withoutScripts(development)).toEqual(withoutScripts(production));
  });

  it("allows inline styles for Fluent UI's run-time <style> tags, and says why", () => {
    expect(production.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(template).toMatch(/'unsafe-inline':\s+Fluent UI \(Griffel\) inserts <style> tags/);
  });

  it("keeps requests, images and fonts on this origin", () => {
    expect(production.get("connect-src")).toEqual(["'self'"]);
    expect(production.get("img-src")).toEqual(["'self'", "data:"]);
    expect(production.get("font-src")).toEqual(["'self'", "data:"]);
    expect(production.get("base-uri")).toEqual(["'self'"]);
    expect(production.get("form-action")).toEqual(["'none'"]);
  });

  it("lets office.js open its host-trust frame from Microsoft's add-in host, and no other frame", () => {
    // Used on hosts Office does not already trust, such as Office Online Server.
    expect(production.get("frame-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
  });

  it("names no wildcard or bare scheme that would let any host in", () => {
    for (const [directive, sources] of production) {
      for (const source of sources) {
        expect({ directive, source, open: /^\*$|^https?:$|^\*\.|^blob:$/.test(source) }).toEqual({
          directive,
          source,
          open: false,
        });
      }
    }
  });
});
