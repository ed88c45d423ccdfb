/** Types of scripts/buildOptions.js (CommonJS, used by webpack.config.js and by tests). */

/** Environment variables the build reads. */
export type BuildEnvironment = {
  readonly ADDIN_PRODUCTION_URL?: string;
  readonly OFFICE_JS?: string;
};

/** Which office.js the task pane loads. */
export type OfficeJsMode = "local" | "cdn";

/** The dev server's base URL, "https://localhost:3000/". */
export declare const DEV_URL: string;
/** The production base URL used when ADDIN_PRODUCTION_URL is unset. */
export declare const DEFAULT_PRODUCTION_URL: string;
/** Microsoft's hosted office.js. */
export declare const OFFICE_JS_CDN: string;
/** The local office.js path inside dist/. */
export declare const OFFICE_JS_LOCAL: string;

/**
 * The production base URL (ends in "/"); throws when it is not https.
 *
 * @param env - the process environment
 * @returns the base URL
 */
export declare function productionUrl(env: BuildEnvironment | undefined): string;

/**
 * Replaces every occurrence of the dev server's URL (and bare origin) in a manifest by the
 * production URL (and origin).
 *
 * @param content - the manifest's text or bytes
 * @param url - the production base URL
 * @returns the production manifest
 */
export declare function productionManifest(content: string | Uint8Array, url: string): string;

/**
 * Chooses which office.js the html loads; throws on an unknown OFFICE_JS.
 *
 * @param env - the process environment
 * @param mode - webpack's mode
 * @returns "local" or "cdn"
 */
export declare function officeJsMode(
  env: BuildEnvironment | undefined,
  mode: string | undefined
): OfficeJsMode;

/**
 * The script src for office.js.
 *
 * @param officeJs - the mode
 * @returns a URL (cdn) or a path relative to taskpane.html (local)
 */
export declare function officeJsSource(officeJs: OfficeJsMode): string;

/** The telemetry frame URL office.js loads even in a plain browser. */
export declare const OFFICE_TELEMETRY_URL: string;

/**
 * A file of the local office.js copy with its telemetry frame pointed at about:blank.
 *
 * @param content - the file's text or bytes
 * @returns the file's text, never contacting Microsoft's telemetry
 */
export declare function offlineOfficeJs(content: string | Uint8Array): string;
