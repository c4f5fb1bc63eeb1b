/**
 * Text as XML 1.0 accepts it. Cell text comes from users and imports, so anything may arrive:
 * characters XML cannot carry at all (C0 controls other than tab, newline and carriage return,
 * U+FFFE/U+FFFF, lone surrogates) are dropped, because one of them makes Excel call the whole
 * file corrupt.
 */

/* eslint-disable no-control-regex -- matching control characters is the point of these. */
// Lone surrogates are matched without the `u` flag, which would hide them inside pairs.
const illegal =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// One cheap test first: nearly every name and number in a roster needs no work at all.
const needsWork = /[&<>"_\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
/* eslint-enable no-control-regex */

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** For element text and double-quoted attributes alike. */
export function escapeXml(text: string): string {
  if (!needsWork.test(text)) return text;
  return text.replace(illegal, '').replace(/[&<>"]/g, (char) => entities[char] ?? char);
}

/**
 * Cell text for sharedStrings.xml. Excel reads `_xHHHH_` inside cell text as an escaped
 * character, so a typed `_x0041_` would come back as `A`; its underscore is escaped the same way
 * (`_x005F_`) to keep the text literal. A carriage return is written in that form too, because
 * XML parsers turn a raw one into a newline.
 */
export function cellTextXml(text: string): string {
  if (!needsWork.test(text)) return text;
  return escapeXml(text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_').replace(/\r/g, '_x000D_'));
}

/** Leading or trailing spaces survive only when the text says so. */
export function needsPreserve(text: string): boolean {
  return /^\s|\s$/.test(text);
}
