/**
 * Small pure helpers the webpack build uses, kept apart from webpack.config.js so tests can
 * run them without running webpack (see scripts/buildOptions.d.ts for their types).
 */

/** Where the manifest points during development: the dev server. */
const DEV_URL = "https://localhost:3000/";
/** Default deployment address when ADDIN_PRODUCTION_URL is not set. */
const DEFAULT_PRODUCTION_URL = "https://iij-statements.example.com/";
/** Microsoft's hosted office.js, required for add-ins running inside Office. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where the local copy of office.js is served from (copied from @microsoft/office-js). */
const OFFICE_JS_LOCAL = "office-js/office.js";

/** The telemetry frame office.js opens even in a plain browser (o15apptofilemappingtable.js). */
const OFFICE_TELEMETRY_URL =
  "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";

/**
 * A file of the LOCAL office.js copy with its telemetry frame pointed at about:blank, so the
 * preview and the tests make no request beyond localhost. The CDN office.js (inside Office) is
 * untouched.
 */
function offlineOfficeJs(content) {
  return String(content).split(OFFICE_TELEMETRY_URL).join("about:blank");
}

/** The production base URL, always ending in "/", from the environment or the default. */
function productionUrl(env) {
  const url = (env && env.ADDIN_PRODUCTION_URL) || DEFAULT_PRODUCTION_URL;
  if (!/^https:\/\/[^/]/.test(url)) {
    throw new Error(`ADDIN_PRODUCTION_URL must be an https URL, got "${url}"`);
  }
  return url.endsWith("/") ? url : url + "/";
}

/**
 * The manifest's text with EVERY occurrence of the dev server's URL replaced by `url`, and the
 * bare dev origin (as in <AppDomain>https://localhost:3000</AppDomain>) by the production origin.
 */
function productionManifest(content, url) {
  const devOrigin = DEV_URL.slice(0, -1);
  const origin = new URL(url).origin;
  return String(content).split(DEV_URL).join(url).split(devOrigin).join(origin);
}

/**
 * Which office.js the task pane loads: "local" (the copy in dist/, works offline) or "cdn"
 * (Microsoft's, required inside Office). OFFICE_JS wins; otherwise local in development and
 * cdn in production.
 */
function officeJsMode(env, mode) {
  const chosen = env && env.OFFICE_JS;
  if (chosen === "local" || chosen === "cdn") return chosen;
  if (chosen) throw new Error(`OFFICE_JS must be "local" or "cdn", got "${chosen}"`);
  return mode === "production" ? "cdn" : "local";
}

/** The <script src> for office.js under the given mode. */
function officeJsSource(officeJs) {
  return officeJs === "cdn" ? OFFICE_JS_CDN : OFFICE_JS_LOCAL;
}

module.exports = {
  DEV_URL,
  DEFAULT_PRODUCTION_URL,
  OFFICE_JS_CDN,
  OFFICE_JS_LOCAL,
  productionUrl,
  productionManifest,
  officeJsMode,
  officeJsSource,
  offlineOfficeJs,
  OFFICE_TELEMETRY_URL,
};
