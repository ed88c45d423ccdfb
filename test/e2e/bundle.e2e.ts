import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePolicy, policyMeta } from "../security/contentSecurityPolicy";
import { manifestScope } from "../security/manifestScope";

// Runs after `npm run build` (npm run test:e2e): the production bundles as shipped.
const dist = join(process.cwd(), "dist");

/** Our bundles: every script at dist/'s top level (Microsoft's office.js copy lives in office-js/). */
function ourScripts(): ReadonlyArray<string> {
  return readdirSync(dist).filter((file) => file.endsWith(".js"));
}

const EVALUATION = /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/g;

describe("the production build", () => {
  beforeAll(() => {
    if (!existsSync(join(dist, "taskpane.html"))) {
      throw new Error("dist/ has no build: run `npm run build` first (npm run test:e2e does).");
    }
  });

  it("ships the task pane and the functions as our own scripts", () => {
    expect(ourScripts()).toEqual(expect.arrayContaining(["taskpane.js", "functions.js"]));
  });

  it("evaluates no string as code in any of our scripts (no eval, no new Function)", () => {
    const found = ourScripts().flatMap((file) =>
      [...readFileSync(join(dist, file), "utf8").matchAll(EVALUATION)].map(
        (m) => `${file}: …${m.input.slice(Math.max(0, m.index - 40), m.index + 40)}…`
      )
    );
    expect(found).toEqual([]);
  });

  it("serves the page under a policy that forbids eval and foreign scripts", () => {
    const meta = policyMeta(readFileSync(join(dist, "taskpane.html"), "utf8"));
    expect(meta).not.toBeNull();
    const policy = parsePolicy(meta?.content ?? "");
    expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
  });

  it("ships a manifest that reaches only its own origin with ReadWriteDocument", () => {
    const scope = manifestScope(readFileSync(join(dist, "manifest.xml"), "utf8"));
    expect(scope.permission).toBe("ReadWriteDocument");
    expect(scope.appDomains).toEqual([scope.home]);
    expect(scope.urlOrigins).toEqual([scope.home]);
  });
});
