/** The globals office.js reads to learn it runs in an Office host. */
export type OfficeHintGlobals = {
  readonly location?: { readonly search?: string; readonly hash?: string };
  readonly name?: string;
  readonly sessionStorage?: Pick<Storage, "getItem">;
  readonly external?: unknown;
  readonly agaveHost?: unknown;
  readonly top?: unknown;
  readonly self?: unknown;
};

/**
 * Whether the page may be inside an Office host, from the same signs office.js itself reads
 * (the `_host_Info` parameter, window.name, session storage, the desktop bridge) or an iframe
 * (Office on the web). Outside all of them Office.onReady would never report a host, so the
 * task pane shows its preview at once instead of waiting.
 *
 * @param globals - window
 * @returns true when Office may be the host
 * @example
 * officeHostHinted({ location: { search: "?_host_Info=Excel$Win32$16.01$en-US" } }) //=> true
 */
export function officeHostHinted(globals: OfficeHintGlobals): boolean {
  const has = (text: string | undefined): boolean => (text ?? "").includes("_host_Info");
  if (has(globals.location?.search) || has(globals.location?.hash)) {
    return true;
  }
  try {
    if (
      (globals.name ?? "").includes("hostInfo") ||
      globals.sessionStorage?.getItem("hostInfoValue")
    ) {
      return true;
    }
  } catch {
    // Session storage may be blocked; the other signs still decide.
  }
  const external = globals.external as { GetHostInfo?: unknown } | undefined;
  if (globals.agaveHost !== undefined || typeof external?.GetHostInfo === "function") {
    return true;
  }
  return globals.top !== undefined && globals.self !== undefined && globals.top !== globals.self;
}
