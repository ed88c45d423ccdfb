import type { Manifest } from "./Manifest";
import { descendants, type XmlElement } from "./XmlElement";

/** Elements whose DefaultValue (and Override Value) is a URL. */
const URL_VALUED = new Set([
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "SourceLocation",
  "bt:Url",
  "bt:Image",
]);

function describe(element: XmlElement): string {
  const id = element.attributes.id;
  return id === undefined ? `<${element.name}>` : `<${element.name} id="${id}">`;
}

/**
 * Checks that every URL the manifest states (icons, pages, scripts, app domains) is https.
 *
 * @param manifest - the parsed manifest
 * @returns one message per non-https URL
 * @example
 * checkHttpsUrls(manifest) //=> []
 */
export function checkHttpsUrls(manifest: Manifest): string[] {
  const problems: string[] = [];
  for (const element of descendants(manifest.root)) {
    const urls: Array<{ url: string; where: string }> = [];
    if (URL_VALUED.has(element.name) && element.attributes.DefaultValue !== undefined) {
      urls.push({ url: element.attributes.DefaultValue, where: describe(element) });
      for (const override of element.children.filter((c) => c.name.endsWith("Override"))) {
        urls.push({ url: override.attributes.Value ?? "", where: `${describe(element)} override` });
      }
    }
    if (element.name === "AppDomain") urls.push({ url: element.text, where: "<AppDomain>" });
    for (const { url, where } of urls) {
      if (!/^https:\/\/[^/]/i.test(url)) problems.push(`non-https URL "${url}" in ${where}`);
    }
  }
  return problems;
}
