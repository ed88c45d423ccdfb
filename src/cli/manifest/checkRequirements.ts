import type { Manifest } from "./Manifest";
import { customFunctionsPoints } from "./checkSharedRuntime";
import { childNamed, pathOf } from "./XmlElement";

/** Requirement sets the add-in needs, with the lowest acceptable version. */
export const REQUIRED_SETS: ReadonlyArray<{ name: string; version: string }> = [
  { name: "SharedRuntime", version: "1.1" },
  { name: "CustomFunctionsRuntime", version: "1.2" },
];

/** The custom functions' namespace: formulas read =IIJ.NAME(…). */
export const FUNCTIONS_NAMESPACE = "IIJ";

function versionAtLeast(actual: string, wanted: string): boolean {
  const a = actual.split(".").map(Number);
  const w = wanted.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, w.length); i++) {
    const difference = (a[i] ?? 0) - (w[i] ?? 0);
    if (Number.isNaN(difference)) return false;
    if (difference !== 0) return difference > 0;
  }
  return true;
}

/**
 * Checks what the add-in asks of its host: Excel (Workbook), the requirement sets
 * SharedRuntime 1.1 and CustomFunctionsRuntime 1.2, ReadWriteDocument permission, and the
 * custom functions' namespace IIJ.
 *
 * @param manifest - the parsed manifest
 * @returns one message per problem
 * @example
 * checkRequirements(manifest) //=> []
 */
export function checkRequirements(manifest: Manifest): string[] {
  const { root, resources } = manifest;
  const problems: string[] = [];
  const hosts = pathOf(root, ["Hosts", "Host"]).map((h) => h.attributes.Name);
  if (hosts.length !== 1 || hosts[0] !== "Workbook") {
    problems.push(`<Hosts> must list only Workbook (Excel), found ${hosts.join(", ") || "none"}`);
  }
  const declared = pathOf(root, ["Requirements", "Sets"]).flatMap((sets) =>
    pathOf(sets, ["Set"]).map((set) => ({
      name: set.attributes.Name ?? "",
      version: set.attributes.MinVersion ?? sets.attributes.DefaultMinVersion ?? "1.1",
    }))
  );
  for (const { name, version } of REQUIRED_SETS) {
    if (!declared.some((set) => set.name === name && versionAtLeast(set.version, version))) {
      problems.push(`missing requirement set ${name} ${version}`);
    }
  }
  const permission = childNamed(root, "Permissions")?.text ?? "(none)";
  if (permission !== "ReadWriteDocument") {
    problems.push(`permission is "${permission}", expected ReadWriteDocument`);
  }
  for (const point of customFunctionsPoints(manifest)) {
    const resid = childNamed(point, "Namespace")?.attributes.resid ?? "";
    const namespace = resources.byId.get(resid)?.value ?? "(none)";
    if (namespace !== FUNCTIONS_NAMESPACE) {
      problems.push(
        `custom functions namespace is "${namespace}", expected "${FUNCTIONS_NAMESPACE}"`
      );
    }
  }
  return problems;
}
