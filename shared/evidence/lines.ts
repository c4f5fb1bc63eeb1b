import { eastAsianWidth } from 'get-east-asian-width';
import type { Box, TextItem } from './types.ts';

/**
 * The page's text as lines of compact characters (whitespace dropped, OCR look-alikes mended),
 * each character remembering the item and offset it came from, so a match maps back to boxes.
 * Readers differ: pdf.js gives runs of any length in any order, OCR gives whole lines; grouping
 * both by their vertical middle makes the extractor see the same lines from either.
 */
export interface Line {
  readonly page: number;
  readonly text: string;
  /** For each character of `text`: its item and its offset in that item's text. */
  readonly origins: readonly { readonly item: number; readonly offset: number }[];
  /** Indexes of `text` that follow a gap (a space or another item), where a value may end. */
  readonly breaks: ReadonlySet<number>;
}

export interface Lines {
  readonly items: readonly TextItem[];
  readonly lines: readonly Line[];
}

const fullWidth = /[\uFF01-\uFF5E]/gu;
const dashes = /[‐‑‒–—―−－~～〜]/gu;

/** Character-for-character normalisation: full-width to half-width, every dash to `-`. */
export function normalizeChars(text: string): string {
  return text
    .replace(fullWidth, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/gu, ' ')
    .replace(dashes, '-')
    .replace(/[：]/gu, ':');
}

/** Letters OCR reads for digits, mended only in a run between digits so words stay words. */
const digitLookAlikes: Readonly<Record<string, string>> = {
  O: '0',
  o: '0',
  l: '1',
  I: '1',
  '|': '1',
};
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
// A date's digits may be followed by 年月日 rather than another digit.
const isDigitOrDatePart = (c: string | undefined) =>
  isDigit(c) || (c !== undefined && '年月日号'.includes(c));

function mendDigits(chars: string[]): void {
  let i = 1;
  while (i < chars.length) {
    let end = i;
    while (end < chars.length && digitLookAlikes[chars[end] ?? ''] !== undefined) end++;
    if (end > i && isDigit(chars[i - 1]) && isDigitOrDatePart(chars[end])) {
      for (let j = i; j < end; j++) chars[j] = digitLookAlikes[chars[j] ?? ''] ?? '';
    }
    i = end + 1;
  }
}

const middle = (box: Box) => box.y + box.height / 2;

/** Groups items whose vertical middles are within half a text height into lines, top to bottom. */
export function toLines(items: readonly TextItem[]): Lines {
  const order = items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.text.trim() !== '')
    .sort((a, b) => a.item.box.page - b.item.box.page || middle(a.item.box) - middle(b.item.box));
  const groups: { page: number; middle: number; height: number; members: number[] }[] = [];
  for (const { item, index } of order) {
    const last = groups.at(-1);
    const mid = middle(item.box);
    if (
      last !== undefined &&
      last.page === item.box.page &&
      Math.abs(last.middle - mid) < Math.min(last.height, item.box.height) / 2
    ) {
      last.members.push(index);
    } else {
      groups.push({ page: item.box.page, middle: mid, height: item.box.height, members: [index] });
    }
  }
  const lines = groups.map((group) => {
    const members = group.members.sort((a, b) => (items[a]?.box.x ?? 0) - (items[b]?.box.x ?? 0));
    const chars: string[] = [];
    const origins: { item: number; offset: number }[] = [];
    const breaks = new Set<number>();
    for (const member of members) {
      const text = normalizeChars(items[member]?.text ?? '');
      if (chars.length > 0) breaks.add(chars.length);
      let offset = 0;
      for (const c of text) {
        if (/\s/u.test(c)) {
          if (chars.length > 0) breaks.add(chars.length);
        } else {
          chars.push(c);
          origins.push({ item: member, offset });
        }
        offset += c.length;
      }
    }
    mendDigits(chars);
    return { page: group.page, text: chars.join(''), origins, breaks };
  });
  return { items, lines };
}

/**
 * How wide each stretch of a text is in type: a 汉字 takes twice the room of a digit or a Latin
 * letter, so a share of the characters is not a share of the width in a line that mixes them
 * (姓名 and 身份证号 in one run). Returns the width before each code unit, and the total last.
 */
function widthsBefore(text: string): number[] {
  const before: number[] = [];
  let width = 0;
  for (const c of text) {
    for (let unit = 0; unit < c.length; unit++) before.push(width);
    width += eastAsianWidth(c.codePointAt(0) ?? 0);
  }
  before.push(width);
  return before;
}

/**
 * The boxes of characters [start, end) of a line: one box per item touched, cut to the share
 * of the item's width the characters take in type (close for pdf.js runs and OCR lines alike).
 */
export function boxesOf(lines: Lines, line: Line, start: number, end: number): Box[] {
  const boxes: Box[] = [];
  let i = start;
  while (i < end) {
    const origin = line.origins[i];
    if (origin === undefined) break;
    let j = i;
    while (j + 1 < end && line.origins[j + 1]?.item === origin.item) j++;
    const item = lines.items[origin.item];
    const last = line.origins[j];
    if (item !== undefined && last !== undefined) {
      const before = widthsBefore(item.text);
      const total = Math.max(1, before.at(-1) ?? 0);
      const lastCodePoint = item.text.codePointAt(last.offset) ?? 0;
      const afterLast = last.offset + (lastCodePoint > 0xffff ? 2 : 1);
      const from = (before[origin.offset] ?? 0) / total;
      const to = Math.min(1, (before[afterLast] ?? total) / total);
      boxes.push({
        page: item.box.page,
        x: item.box.x + item.box.width * from,
        y: item.box.y,
        width: item.box.width * (to - from),
        height: item.box.height,
      });
    }
    i = j + 1;
  }
  return boxes;
}
