import type { Manifest } from "./Manifest";
import { childNamed, descendants, pathOf, type XmlElement } from "./XmlElement";

function residOf(element: XmlElement | null): string | undefined {
  return element?.attributes.resid;
}

/** The CustomFunctions extension points of the manifest. */
export function customFunctionsPoints(manifest: Manifest): ReadonlyArray<XmlElement> {
  return descendants(manifest.root).filter(
    (e) => e.name === "ExtensionPoint" && e.attributes["xsi:type"] === "CustomFunctions"
  );
}

/**
 * Checks the shared runtime's wiring: one <Runtime lifetime="long">, and the custom functions'
 * <Page>, the <FunctionFile> and every ShowTaskpane action all load that same runtime URL;
 * the custom functions' <Script> and <Metadata> name URLs that resolve.
 *
 * @param manifest - the parsed manifest
 * @returns one message per problem
 * @example
 * checkSharedRuntime(manifest) //=> []
 */
export function checkSharedRuntime(manifest: Manifest): string[] {
  const { root, resources } = manifest;
  const problems: string[] = [];
  const runtimes = descendants(root).filter((e) => e.name === "Runtime");
  if (runtimes.length !== 1) {
    problems.push(`expected exactly one <Runtime> (shared runtime), found ${runtimes.length}`);
  }
  const runtime = runtimes[0];
  if (runtime !== undefined && runtime.attributes.lifetime !== "long") {
    problems.push(`<Runtime resid="${runtime.attributes.resid}"> must have lifetime="long"`);
  }
  const runtimeId = residOf(runtime ?? null);
  const mustMatch = (what: string, resid: string | undefined): void => {
    if (runtimeId !== undefined && resid !== runtimeId) {
      problems.push(
        `${what} resid "${resid ?? "(none)"}" differs from the <Runtime> resid "${runtimeId}"`
      );
    }
  };
  const points = customFunctionsPoints(manifest);
  if (points.length === 0) problems.push('no <ExtensionPoint xsi:type="CustomFunctions">');
  for (const point of points) {
    mustMatch(
      "custom functions <Page> <SourceLocation>",
      residOf(pathOf(point, ["Page", "SourceLocation"])[0] ?? null)
    );
    for (const part of ["Script", "Metadata"]) {
      const id = residOf(childNamed(childNamed(point, part), "SourceLocation"));
      if (id === undefined || resources.byId.get(id)?.kind !== "url") {
        problems.push(`custom functions <${part}> <SourceLocation> does not resolve to a bt:Url`);
      }
    }
  }
  for (const functionFile of descendants(root).filter((e) => e.name === "FunctionFile")) {
    mustMatch("<FunctionFile>", residOf(functionFile));
  }
  const taskpaneActions = descendants(root).filter(
    (e) => e.name === "Action" && e.attributes["xsi:type"] === "ShowTaskpane"
  );
  if (taskpaneActions.length === 0)
    problems.push("no ribbon button opens the task pane (ShowTaskpane)");
  for (const action of taskpaneActions) {
    mustMatch("ShowTaskpane <SourceLocation>", residOf(childNamed(action, "SourceLocation")));
  }
  return problems;
}
