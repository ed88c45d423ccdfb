import type { ManifestResources } from "./ManifestResources";
import type { XmlElement } from "./XmlElement";

/** A parsed add-in manifest: the <OfficeApp> element and its resource tables. */
export type Manifest = {
  readonly root: XmlElement;
  readonly resources: ManifestResources;
};

/** Reads a file shipped with the add-in by its path relative to the manifest (e.g. "assets/icon-16.png"). */
export type ReadAsset = (relativePath: string) => Uint8Array | null;
