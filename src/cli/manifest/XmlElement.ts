/** One element of a parsed XML document: its qualified name, attributes, text and child elements. */
export type XmlElement = {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly text: string;
  readonly children: ReadonlyArray<XmlElement>;
};

/**
 * The child elements of `element` with the given qualified name, in document order.
 *
 * @param element - the parent
 * @param name - a qualified name as written, e.g. "bt:Image"
 * @returns the matching children (possibly none)
 * @example
 * childrenNamed(officeApp, "Id").length //=> 1
 */
export function childrenNamed(element: XmlElement, name: string): ReadonlyArray<XmlElement> {
  return element.children.filter((child) => child.name === name);
}

/**
 * The first child element with the given name, or null.
 *
 * @param element - the parent
 * @param name - a qualified name as written
 * @returns the child or null
 * @example
 * childNamed(officeApp, "Permissions")?.text //=> "ReadWriteDocument"
 */
export function childNamed(element: XmlElement | null, name: string): XmlElement | null {
  return element === null ? null : (childrenNamed(element, name)[0] ?? null);
}

/**
 * Every element below `element` (not itself), depth first, in document order.
 *
 * @param element - the root of the walk
 * @returns the descendants
 * @example
 * descendants(officeApp).filter((e) => e.name === "bt:Url").length //=> 4
 */
export function descendants(element: XmlElement): ReadonlyArray<XmlElement> {
  return element.children.flatMap((child) => [child, ...descendants(child)]);
}

/**
 * The elements reached from `element` by following child names in order.
 *
 * @param element - the start
 * @param names - child names, outermost first
 * @returns every element at the end of the path
 * @example
 * pathOf(officeApp, ["Requirements", "Sets", "Set"]).length //=> 2
 */
export function pathOf(
  element: XmlElement,
  names: ReadonlyArray<string>
): ReadonlyArray<XmlElement> {
  return names.reduce<ReadonlyArray<XmlElement>>(
    (level, name) => level.flatMap((e) => childrenNamed(e, name)),
    [element]
  );
}
