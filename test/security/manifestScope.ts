import { parseXml } from "../../src/cli/manifest/parseXml";
import { childNamed, descendants, pathOf } from "../../src/cli/manifest/XmlElement";

/** What a manifest lets the add-in reach: its page's origin, extra domains, every URL's origin. */
export type ManifestScope = {
  /** The origin of <SourceLocation>: where the task pane is served. */
  readonly home: string;
  readonly appDomains: ReadonlyArray<string>;
  readonly permission: string;
  /** The origins of every URL the manifest names (icons, pages, scripts, metadata). */
  readonly urlOrigins: ReadonlyArray<string>;
};

/**
 * Reads a manifest's reach: where its page lives, which other domains it may navigate to,
 * which permission it asks for, and where every URL it names points.
 *
 * @param xml - the manifest's text
 * @returns its scope
 * @example
 * manifestScope(readFileSync("manifest.xml", "utf8")).permission //=> "ReadWriteDocument"
 */
export function manifestScope(xml: string): ManifestScope {
  const parsed = parseXml(xml);
  if ("error" in parsed) {
    throw new Error(`manifest is not well-formed: ${parsed.error}`);
  }
  const root = parsed.root;
  const source = pathOf(root, ["DefaultSettings", "SourceLocation"])[0];
  const urls = descendants(root)
    .flatMap((e) => [e.text, ...Object.values(e.attributes)])
    .filter((value) => /^https?:\/\//i.test(value.trim()))
    // Namespace declarations name schemas, not places the add-in loads from.
    .filter((value) => !/^http:\/\/schemas\.microsoft\.com\/|^http:\/\/www\.w3\.org\//.test(value));
  return {
    home: new URL(source?.attributes.DefaultValue ?? "").origin,
    appDomains: pathOf(root, ["AppDomains", "AppDomain"]).map((e) => e.text.trim()),
    permission: childNamed(root, "Permissions")?.text.trim() ?? "",
    urlOrigins: [...new Set(urls.map((u) => new URL(u.trim()).origin))],
  };
}
