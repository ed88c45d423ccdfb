import type { Manifest, ReadAsset } from "./Manifest";
import { assetPath } from "./assetPath";
import { readPngSize } from "./readPngSize";
import { childNamed, descendants } from "./XmlElement";

/** An icon the manifest promises: where it is, the pixel size it states, and who states it. */
type StatedIcon = { readonly url: string; readonly size: number; readonly statedBy: string };

/** Pixel sizes Office expects for the top-level icon elements. */
const TOP_LEVEL_ICON_SIZE: ReadonlyArray<{ element: string; size: number }> = [
  { element: "IconUrl", size: 32 },
  { element: "HighResolutionIconUrl", size: 64 },
];

function statedIcons(manifest: Manifest): StatedIcon[] {
  const { root, resources } = manifest;
  const icons: StatedIcon[] = [];
  for (const { element, size } of TOP_LEVEL_ICON_SIZE) {
    const url = childNamed(root, element)?.attributes.DefaultValue;
    if (url !== undefined) icons.push({ url, size, statedBy: `<${element}>` });
  }
  for (const [id, resource] of resources.byId) {
    const sized = /(\d+)x\1$/.exec(id);
    if (resource.kind === "image" && sized !== null) {
      icons.push({
        url: resource.value,
        size: Number(sized[1]),
        statedBy: `<bt:Image id="${id}">`,
      });
    }
  }
  for (const use of descendants(root).filter((e) => e.name === "bt:Image" && e.attributes.resid)) {
    const resource = resources.byId.get(use.attributes.resid);
    const size = Number(use.attributes.size);
    if (resource?.kind === "image" && Number.isInteger(size)) {
      icons.push({
        url: resource.value,
        size,
        statedBy: `<bt:Image size="${use.attributes.size}" resid="${use.attributes.resid}">`,
      });
    }
  }
  return icons;
}

/**
 * Checks that every icon the manifest names exists among the add-in's files as a PNG of the
 * pixel size stated for it (by <IconUrl>, by a bt:Image id "Icon.NxN", or by a size="N" use).
 *
 * @param manifest - the parsed manifest
 * @param readAsset - reads a file relative to the manifest, null when absent
 * @returns one message per problem
 * @example
 * checkIcons(manifest, (p) => fs.existsSync(p) ? fs.readFileSync(p) : null) //=> []
 */
export function checkIcons(manifest: Manifest, readAsset: ReadAsset): string[] {
  const problems = new Set<string>();
  for (const { url, size, statedBy } of statedIcons(manifest)) {
    const path = assetPath(url);
    const bytes = path === null ? null : readAsset(path);
    if (path === null || bytes === null) {
      problems.add(`icon file ${path ?? url} (${statedBy}) is missing`);
      continue;
    }
    const actual = readPngSize(bytes);
    if (actual === null) {
      problems.add(`icon file ${path} (${statedBy}) is not a PNG`);
    } else if (actual.width !== size || actual.height !== size) {
      problems.add(
        `icon file ${path} is ${actual.width}×${actual.height} px, ${statedBy} states ${size}×${size}`
      );
    }
  }
  return [...problems];
}
