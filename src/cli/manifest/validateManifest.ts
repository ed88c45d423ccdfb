import { checkHttpsUrls } from "./checkHttpsUrls";
import { checkIcons } from "./checkIcons";
import { checkLocalizedMetadata } from "./checkLocalizedMetadata";
import { checkRequirements } from "./checkRequirements";
import { checkResourceIds } from "./checkResourceIds";
import { checkSchemaOrder } from "./checkSchemaOrder";
import { checkSharedRuntime } from "./checkSharedRuntime";
import type { Manifest, ReadAsset } from "./Manifest";
import { collectResources } from "./ManifestResources";
import { parseXml } from "./parseXml";

/**
 * Validates the add-in's manifest offline: schema order of <OfficeApp>, resource ids, the shared
 * runtime's wiring, https URLs, icon files and their pixel sizes, requirement sets, permission,
 * the custom functions' namespace, and their Japanese metadata (Override and, when built, file). No network: Microsoft's online validator is not needed.
 *
 * @param xml - manifest.xml's text
 * @param readAsset - reads a file relative to the manifest ("assets/icon-16.png"), null if absent
 * @returns one line per problem; empty when the manifest is sound
 * @example
 * validateManifest(fs.readFileSync("manifest.xml", "utf8"), readAsset) //=> []
 */
export function validateManifest(xml: string, readAsset: ReadAsset): string[] {
  const parsed = parseXml(xml);
  if ("error" in parsed) return [`manifest is not well-formed XML: ${parsed.error}`];
  const manifest: Manifest = { root: parsed.root, resources: collectResources(parsed.root) };
  return [
    ...checkSchemaOrder(manifest),
    ...checkResourceIds(manifest),
    ...checkSharedRuntime(manifest),
    ...checkHttpsUrls(manifest),
    ...checkIcons(manifest, readAsset),
    ...checkRequirements(manifest),
    ...checkLocalizedMetadata(manifest, readAsset),
  ];
}
