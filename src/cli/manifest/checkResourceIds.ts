import type { Manifest } from "./Manifest";
import type { ResourceKind } from "./ManifestResources";
import { descendants } from "./XmlElement";

/** The resource kind an element's resid must name; elements not listed may name any kind. */
const EXPECTED_KIND: Readonly<Record<string, ResourceKind>> = {
  "bt:Image": "image",
  SourceLocation: "url",
  Runtime: "url",
  FunctionFile: "url",
  LearnMoreUrl: "url",
  Label: "string",
  Title: "string",
  Description: "string",
  Namespace: "string",
};

const RESOURCE_ELEMENT: Readonly<Record<ResourceKind, string>> = {
  image: "bt:Image",
  url: "bt:Url",
  string: "bt:String",
};

/**
 * Checks that every `resid` names a resource of the right kind in <Resources>, and that no
 * resource id is declared twice.
 *
 * @param manifest - the parsed manifest
 * @returns one message per problem
 * @example
 * checkResourceIds(manifest) //=> []
 */
export function checkResourceIds(manifest: Manifest): string[] {
  const { byId, duplicateIds } = manifest.resources;
  const problems = duplicateIds.map((id) => `resource id "${id}" is declared more than once`);
  for (const element of descendants(manifest.root)) {
    const resid = element.attributes.resid;
    if (resid === undefined) continue;
    const expected = EXPECTED_KIND[element.name];
    const wanted =
      expected === undefined ? "bt:Image/bt:Url/bt:String" : RESOURCE_ELEMENT[expected];
    const resource = byId.get(resid);
    if (resource === undefined || (expected !== undefined && resource.kind !== expected)) {
      problems.push(
        `resid "${resid}" on <${element.name}> does not resolve to a ${wanted} in <Resources>`
      );
    }
  }
  return problems;
}
