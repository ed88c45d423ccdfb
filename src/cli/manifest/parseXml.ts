import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { XmlElement } from "./XmlElement";

/** fast-xml-parser's ordered output: one key naming the element, ":@" holding attributes. */
type OrderedNode = Readonly<Record<string, unknown>>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
});

function toElement(node: OrderedNode): XmlElement | null {
  const name = Object.keys(node).find((key) => key !== ":@");
  if (name === undefined || name.startsWith("?") || name === "#text" || name === "#comment") {
    return null;
  }
  const content = (node[name] ?? []) as ReadonlyArray<OrderedNode>;
  const attributes = (node[":@"] ?? {}) as Record<string, string>;
  const text = content
    .map((item) => item["#text"])
    .filter((t): t is string | number => t !== undefined)
    .join("");
  const children = content.map(toElement).filter((e): e is XmlElement => e !== null);
  return { name, attributes, text: String(text), children };
}

/**
 * Parses an XML document into its root element, or explains why it is not well-formed.
 *
 * @param xml - the document's text
 * @returns the root element, or a one-line message
 * @example
 * parseXml("<a x='1'><b>t</b></a>") //=> { root: { name: "a", attributes: { x: "1" }, … } }
 */
export function parseXml(xml: string): { root: XmlElement } | { error: string } {
  const validity = XMLValidator.validate(xml);
  if (validity !== true) {
    return { error: `line ${validity.err.line}: ${validity.err.msg}` };
  }
  const nodes = parser.parse(xml) as ReadonlyArray<OrderedNode>;
  const roots = nodes.map(toElement).filter((e): e is XmlElement => e !== null);
  if (roots.length !== 1) {
    return { error: `expected one root element, found ${roots.length}` };
  }
  return { root: roots[0] };
}
