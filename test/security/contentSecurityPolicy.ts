/** A Content-Security-Policy as directive name → its sources, in order. */
export type Policy = ReadonlyMap<string, ReadonlyArray<string>>;

/**
 * Parses a policy's text ("default-src 'self'; img-src 'self' data:").
 *
 * @param text - the policy as written in the meta tag
 * @returns directive → sources
 * @example
 * parsePolicy("img-src 'self' data:").get("img-src") //=> ["'self'", "data:"]
 */
export function parsePolicy(text: string): Policy {
  const policy = new Map<string, ReadonlyArray<string>>();
  for (const directive of text.split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name !== undefined && name !== "") {
      policy.set(name.toLowerCase(), sources);
    }
  }
  return policy;
}

/**
 * The content of the page's Content-Security-Policy meta tag, and where in the page it is, from
 * the template (quoted attributes) or the minified build (attributes may be unquoted).
 *
 * @param html - the page
 * @returns the policy text and its offset, or null when the page has none
 * @example
 * policyMeta('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'">')?.content //=> "default-src 'self'"
 */
export function policyMeta(html: string): { content: string; index: number } | null {
  const meta = /<meta\s+http-equiv=("?)Content-Security-Policy\1\s+content=/i.exec(html);
  if (meta === null) {
    return null;
  }
  let i = meta.index + meta[0].length;
  const quoted = html[i] === '"';
  i += quoted ? 1 : 0;
  let content = "";
  // Template tags (<%= … %>) may hold quotes; they belong to the content as they stand.
  while (i < html.length && html[i] !== (quoted ? '"' : ">")) {
    const tagEnd = html.startsWith("<%", i) ? html.indexOf("%>", i) : -1;
    const next = tagEnd === -1 ? i + 1 : tagEnd + 2;
    content += html.slice(i, next);
    i = next;
  }
  return { content: content.trim(), index: meta.index };
}
