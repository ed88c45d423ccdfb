import type { Manifest } from "./Manifest";
import { childNamed, pathOf, type XmlElement } from "./XmlElement";

/** <OfficeApp>'s children in the order the OfficeApp schema (TaskPaneApp) declares them. */
export const OFFICE_APP_ORDER: ReadonlyArray<string> = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
  "ExtendedOverrides",
];

const OFFICE_APP_REQUIRED: ReadonlyArray<string> = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "DefaultSettings",
  "Permissions",
];

const VERSION_OVERRIDES_ORDER: ReadonlyArray<string> = [
  "Description",
  "Requirements",
  "Hosts",
  "Resources",
];
const HOST_ORDER: ReadonlyArray<string> = [
  "Runtimes",
  "AllFormFactors",
  "DesktopFormFactor",
  "MobileFormFactor",
];

/** Problems with the order of `element`'s children against a schema sequence. */
function orderProblems(element: XmlElement, order: ReadonlyArray<string>, where: string): string[] {
  const problems: string[] = [];
  let furthest = -1;
  let furthestName = "";
  for (const child of element.children) {
    const position = order.indexOf(child.name);
    if (position === -1) continue;
    if (position < furthest) {
      problems.push(`${where}: <${child.name}> must come before <${furthestName}> (schema order)`);
    } else {
      furthest = position;
      furthestName = child.name;
    }
  }
  return problems;
}

/**
 * Checks that <OfficeApp>'s children follow the schema's sequence and that the required ones
 * exist; also the order inside <VersionOverrides> and each of its <Host> elements.
 *
 * @param manifest - the parsed manifest
 * @returns one message per problem
 * @example
 * checkSchemaOrder(manifest) //=> []
 */
export function checkSchemaOrder(manifest: Manifest): string[] {
  const { root } = manifest;
  const problems: string[] = [];
  if (root.name !== "OfficeApp")
    problems.push(`root element is <${root.name}>, expected <OfficeApp>`);
  for (const child of root.children) {
    if (!OFFICE_APP_ORDER.includes(child.name)) {
      problems.push(`<OfficeApp>: <${child.name}> is not an element of the OfficeApp schema`);
    }
  }
  for (const name of OFFICE_APP_REQUIRED) {
    if (childNamed(root, name) === null) problems.push(`<OfficeApp>: missing required <${name}>`);
  }
  problems.push(...orderProblems(root, OFFICE_APP_ORDER, "<OfficeApp>"));
  for (const overrides of pathOf(root, ["VersionOverrides"])) {
    problems.push(...orderProblems(overrides, VERSION_OVERRIDES_ORDER, "<VersionOverrides>"));
    for (const host of pathOf(overrides, ["Hosts", "Host"])) {
      problems.push(...orderProblems(host, HOST_ORDER, "<VersionOverrides> <Host>"));
    }
  }
  return problems;
}
