import { err, ok, type Result } from '../../errors/result.ts';

/**
 * A reader for the XML of an .xlsx's parts, written for untrusted files: one forward pass with
 * `indexOf` and a character loop inside each tag, so its work grows linearly with the input
 * (no regular expression with backtracking runs over the document); no DTD is accepted, so no
 * entity can expand; and nothing from the file ever becomes an object key.
 */

export interface XmlTag {
  /** The local name, without a namespace prefix (`x:c` and `c` are both `c`). */
  readonly name: string;
  readonly kind: 'open' | 'close' | 'empty';
  /** The raw text between the name and the tag's end; read it with `attribute`. */
  readonly attributes: string;
  /** Index of the tag's `<`. */
  readonly start: number;
  /** Index just after the tag's `>`. */
  readonly end: number;
}

/** A visitor returns 'stop' to end the scan early (a limit was reached). */
export type TagVisitor = (tag: XmlTag) => 'stop' | undefined;

// Character codes: > / ? ! " '
const gt = 62;
const slash = 47;
const question = 63;
const bang = 33;
const dquote = 34;
const squote = 39;

function isNameEnd(code: number): boolean {
  // space, tab, LF, CR, '/', '>'
  return code === 32 || code === 9 || code === 10 || code === 13 || code === slash || code === gt;
}

/** Visits every element tag in document order; fails on a DTD or a tag that never closes. */
export function scanXml(xml: string, visit: TagVisitor): Result<void, string> {
  let at = 0;
  for (;;) {
    const start = xml.indexOf('<', at);
    if (start < 0) return ok(undefined);
    const next = xml.charCodeAt(start + 1);
    if (next === question || next === bang) {
      const close = skipSpecial(xml, start);
      if (!close.ok) return close;
      at = close.value;
      continue;
    }
    const isClosing = next === slash;
    const nameStart = isClosing ? start + 2 : start + 1;
    let nameEnd = nameStart;
    while (nameEnd < xml.length && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd += 1;
    if (nameEnd === nameStart) return err(`empty tag name at ${String(start)}`);
    let end = nameEnd;
    let quote = 0;
    for (; end < xml.length; end += 1) {
      const code = xml.charCodeAt(end);
      if (quote !== 0) {
        if (code === quote) quote = 0;
      } else if (code === dquote || code === squote) quote = code;
      else if (code === gt) break;
    }
    if (end >= xml.length) return err(`tag at ${String(start)} never closes`);
    const isEmpty = !isClosing && xml.charCodeAt(end - 1) === slash;
    const qualified = xml.slice(nameStart, nameEnd);
    const tag: XmlTag = {
      name: qualified.slice(qualified.indexOf(':') + 1),
      kind: isClosing ? 'close' : isEmpty ? 'empty' : 'open',
      attributes: xml.slice(nameEnd, isEmpty ? end - 1 : end),
      start,
      end: end + 1,
    };
    if (visit(tag) === 'stop') return ok(undefined);
    at = end + 1;
  }
}

/** Skips `<?…?>`, `<!--…-->` and `<![CDATA[…]]>`; refuses `<!DOCTYPE`, which OOXML forbids. */
function skipSpecial(xml: string, start: number): Result<number, string> {
  const [open, close] = xml.startsWith('<?', start)
    ? ['<?', '?>']
    : xml.startsWith('<!--', start)
      ? ['<!--', '-->']
      : xml.startsWith('<![CDATA[', start)
        ? ['<![CDATA[', ']]>']
        : ['', ''];
  if (open === '') return err(`declaration at ${String(start)} (a DTD is not allowed)`);
  const end = xml.indexOf(close, start + open.length);
  return end < 0 ? err(`${open} at ${String(start)} never closes`) : ok(end + close.length);
}

/** The value of an attribute by local name (`id` finds `r:id`), decoded; undefined when absent. */
export function attribute(attributes: string, name: string): string | undefined {
  let at = 0;
  while (at < attributes.length) {
    const equals = attributes.indexOf('=', at);
    if (equals < 0) return undefined;
    const qualified = attributes.slice(at, equals).trim();
    let open = equals + 1;
    while (open < attributes.length && attributes[open] !== '"' && attributes[open] !== "'")
      open += 1;
    const close = attributes.indexOf(attributes[open] ?? '"', open + 1);
    if (open >= attributes.length || close < 0) return undefined;
    if (qualified === name || qualified.endsWith(`:${name}`)) {
      return decodeXml(attributes.slice(open + 1, close));
    }
    at = close + 1;
  }
  return undefined;
}

const entity = /&(?:#x([0-9A-Fa-f]{1,6})|#(\d{1,7})|(lt|gt|amp|quot|apos));/gu;
const named: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

function fromCodePoint(code: number): string {
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : '\uFFFD';
}

/** Character data as XML 1.0 reads it: line ends folded, the predefined entities and `&#…;`. */
export function decodeXml(raw: string): string {
  const text = raw.includes('\r') ? raw.replace(/\r\n?/gu, '\n') : raw;
  if (!text.includes('&')) return text;
  return text.replace(entity, (match, hex?: string, decimal?: string, name?: string) => {
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    if (decimal !== undefined) return fromCodePoint(Number(decimal));
    return named[name ?? ''] ?? match;
  });
}

/** The text between two tags, CDATA sections kept literally and the rest decoded. */
export function textBetween(xml: string, from: number, to: number): string {
  const raw = xml.slice(from, to);
  if (!raw.includes('<![CDATA[')) return decodeXml(raw);
  let text = '';
  let at = 0;
  for (;;) {
    const open = raw.indexOf('<![CDATA[', at);
    if (open < 0) return text + decodeXml(raw.slice(at));
    const close = raw.indexOf(']]>', open + 9);
    if (close < 0) return text + decodeXml(raw.slice(at));
    text += decodeXml(raw.slice(at, open)) + raw.slice(open + 9, close);
    at = close + 3;
  }
}
