import { childrenNamed, descendants, type XmlElement } from "./XmlElement";

/** What a resource id names: an image URL, another URL, or a (short or long) string. */
export type ResourceKind = "image" | "url" | "string";

/** One entry of the manifest's <Resources>: its kind and default value. */
export type ManifestResource = { readonly kind: ResourceKind; readonly value: string };

/** The resource tables a parsed manifest declares, and duplicates found while reading them. */
export type ManifestResources = {
  readonly byId: ReadonlyMap<string, ManifestResource>;
  readonly duplicateIds: ReadonlyArray<string>;
};

const CONTAINERS: ReadonlyArray<{ container: string; entry: string; kind: ResourceKind }> = [
  { container: "bt:Images", entry: "bt:Image", kind: "image" },
  { container: "bt:Urls", entry: "bt:Url", kind: "url" },
  { container: "bt:ShortStrings", entry: "bt:String", kind: "string" },
  { container: "bt:LongStrings", entry: "bt:String", kind: "string" },
];

/**
 * Collects every bt:Image, bt:Url and bt:String declared under <Resources>.
 *
 * @param root - the manifest's <OfficeApp> element
 * @returns the resources by id, and ids declared more than once
 * @example
 * collectResources(root).byId.get("Functions.Namespace") //=> { kind: "string", value: "IIJ" }
 */
export function collectResources(root: XmlElement): ManifestResources {
  const byId = new Map<string, ManifestResource>();
  const duplicateIds: string[] = [];
  const resourceBlocks = descendants(root).filter((e) => e.name === "Resources");
  for (const block of resourceBlocks) {
    for (const { container, entry, kind } of CONTAINERS) {
      for (const list of childrenNamed(block, container)) {
        for (const item of childrenNamed(list, entry)) {
          const id = item.attributes.id ?? "";
          if (byId.has(id)) duplicateIds.push(id);
          byId.set(id, { kind, value: item.attributes.DefaultValue ?? "" });
        }
      }
    }
  }
  return { byId, duplicateIds };
}
