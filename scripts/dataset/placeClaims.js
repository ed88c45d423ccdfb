/**
 * Ties each claim of claimSpecs.js to its place in the release's text and reads its sign there:
 * the section's heading is found in its edition, the claimed figure must be printed exactly once in
 * that section, and the claim keeps the line it is printed on. The sign of a change is the word
 * the sentence uses ("an increase of", "decreased"; 増, 減少 after the figure); a share or a margin
 * carries its own sign ("(-)3.4%"). The dataset keeps the place and the figure, never the sentence.
 */

const ENGLISH_SIGN = /\b(increase|increased|decrease|decreased)\b/g;
const JAPANESE_SIGN = /^(増加|増|減少|減)/;

function fail(message) {
  throw new Error(message);
}

/** The lines of each edition: Japanese before the English release's title, English from it. */
function editionRanges(lines) {
  const english = lines.findIndex((l) => l.startsWith("IIJ Announces 4th Quarter"));
  if (english < 0) fail("the English release's title is not in the text");
  return { ja: [0, english], en: [english, lines.length] };
}

/** The line index (0-based) of each heading of `headings` in its edition's range. */
function findHeadings(lines, [from, to], headings) {
  return headings.map(([section, heading, inline]) => {
    const found = [];
    for (let i = from; i < to; i += 1) {
      if (lines[i] === heading || (inline && lines[i].startsWith(`${heading} `))) found.push(i);
    }
    if (found.length !== 1) {
      fail(`heading '${heading}' is printed ${found.length} times, expected once`);
    }
    return { section, line: found[0] };
  });
}

/** Where `text` is printed in `line` as a figure of its own (not the tail of "13.4%" for "3.4%"). */
function figurePositions(line, text) {
  const positions = [];
  for (let at = line.indexOf(text); at >= 0; at = line.indexOf(text, at + 1)) {
    const before = line.charAt(at - 1);
    const after = line.charAt(at + text.length);
    if (!/[\d.,]/.test(before) && !/\d/.test(after)) positions.push(at);
  }
  return positions;
}

/** +1 or −1: the change word of the sentence that prints the figure at `at`. */
function changeSign(edition, line, at, text, where) {
  if (edition === "ja") {
    const word = JAPANESE_SIGN.exec(line.slice(at + text.length));
    if (word === null) fail(`${where}: no 増 or 減 after '${text}'`);
    return word[1].startsWith("増") ? 1 : -1;
  }
  const sentenceStart = line.lastIndexOf(". ", at) + 1;
  const words = [...line.slice(sentenceStart, at).matchAll(ENGLISH_SIGN)];
  if (words.length === 0) fail(`${where}: no "increase" or "decrease" before '${text}'`);
  return words[words.length - 1][1].startsWith("increase") ? 1 : -1;
}

/**
 * The claims of `specs` with their place (section and line, 1-based) and their signed figure.
 * @param {object[]} specs claimSpecs.claims(): id, edition, section, subject, periods, text, formula
 * @param {string[]} lines the release's text, line by line
 * @param {Record<string, Array<[string | null, string, string?]>>} headings claimSpecs.HEADINGS
 * @param {(text: string) => { value: number | null, decimals: number } | null} parseReported core's parser
 */
function placeClaims(specs, lines, headings, parseReported) {
  const ranges = editionRanges(lines);
  const sections = {};
  for (const edition of Object.keys(headings)) {
    const found = findHeadings(lines, ranges[edition], headings[edition]).sort(
      (a, b) => a.line - b.line
    );
    found.forEach((h, k) => {
      if (h.section === null) return;
      const end = k + 1 < found.length ? found[k + 1].line : ranges[edition][1];
      sections[`${edition}/${h.section}`] = [h.line, end];
    });
  }
  return specs.map((spec) => {
    const where = `${spec.id}`;
    const range = sections[`${spec.edition}/${spec.section}`];
    if (range === undefined) fail(`${where}: no heading for section '${spec.section}'`);
    const places = [];
    for (let i = range[0]; i < range[1]; i += 1) {
      figurePositions(lines[i], spec.text).forEach((at) => places.push({ index: i, at }));
    }
    if (places.length !== 1) {
      fail(`${where}: '${spec.text}' is printed ${places.length} times in '${spec.section}'`);
    }
    const [{ index, at }] = places;
    const read = parseReported(spec.text);
    if (read === null || read.value === null) fail(`${where}: '${spec.text}' is not a figure`);
    const sign =
      spec.formula.kind === "change"
        ? changeSign(spec.edition, lines[index], at, spec.text, where)
        : 1;
    const value = sign * read.value;
    const claim = {
      id: spec.id,
      edition: spec.edition,
      section: spec.section,
      line: index + 1,
      subject: spec.subject,
      period: spec.period,
    };
    if (spec.basePeriod !== undefined) claim.basePeriod = spec.basePeriod;
    claim.claimed = { text: spec.text, value: value === 0 ? 0 : value, decimals: read.decimals };
    claim.formula = spec.formula;
    return claim;
  });
}

module.exports = { placeClaims };
