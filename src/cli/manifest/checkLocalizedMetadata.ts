import { assetPath } from "./assetPath";
import { compareMetadata } from "./compareMetadata";
import type { Manifest, ReadAsset } from "./Manifest";
import { childNamed, descendants } from "./XmlElement";

/** The locales the functions' metadata must be translated for. */
export const METADATA_LOCALES: ReadonlyArray<string> = ["ja-JP"];

/**
 * Checks the custom functions' localized metadata: the metadata URL has an Override for every
 * locale of METADATA_LOCALES, on the same origin; where the add-in's files are at hand (a built
 * dist/), each localized file exists and registers exactly what functions.json registers.
 *
 * @param manifest - the parsed manifest
 * @param readAsset - reads a file of the add-in by its path, null when absent
 * @returns one message per problem
 * @example
 * checkLocalizedMetadata(manifest, readAsset) //=> []
 */
export function checkLocalizedMetadata(manifest: Manifest, readAsset: ReadAsset): string[] {
  const metadata = descendants(manifest.root).find((e) => e.name === "Metadata");
  const resid = childNamed(metadata ?? null, "SourceLocation")?.attributes.resid;
  if (resid === undefined) return [];
  const url = descendants(manifest.root).find(
    (e) => e.name === "bt:Url" && e.attributes.id === resid
  );
  if (url === undefined) return [];
  const defaultUrl = url.attributes.DefaultValue ?? "";
  const defaultPath = assetPath(defaultUrl);
  const defaultFile = defaultPath === null ? null : readAsset(defaultPath);
  return METADATA_LOCALES.flatMap((locale) => {
    const override = url.children.find(
      (c) => c.name.endsWith("Override") && c.attributes.Locale === locale
    );
    const where = `<bt:Url id="${resid}">`;
    if (override === undefined) {
      return [`${where} has no Override for ${locale}: Excel in ${locale} shows English help`];
    }
    const value = override.attributes.Value ?? "";
    const path = assetPath(value);
    if (path === null || new URL(value).origin !== new URL(defaultUrl).origin) {
      return [`${where}'s ${locale} Override "${value}" is not on the add-in's origin`];
    }
    if (defaultFile === null) return []; // the source manifest: the files are built into dist/
    const localized = readAsset(path);
    if (localized === null) {
      return [`${path}: missing beside ${defaultPath} (the ${locale} Override points at it)`];
    }
    const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
    return compareMetadata(text(defaultFile), text(localized), path);
  });
}
