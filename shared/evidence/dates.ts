import { chineseCount, chineseDigits, chineseNumeralChars } from './chinese-number.ts';

/** A date printed on the certificate, as ISO, with where it stands in its line. */
export interface DateMatch {
  readonly iso: string;
  readonly start: number;
  readonly end: number;
}

/** A period printed as `from 至 to`; `to` may omit its year or month (`6月12日至14日`). */
export interface DateRange {
  readonly from: DateMatch;
  readonly to: DateMatch;
}

const n = chineseNumeralChars;
// Year, month, day with 年月日 or . - / between them; OCR often drops 日 or reads 。 for the dot.
const numericDate = /((?:19|20)\d{2})(?:年|[.\-/。])(\d{1,2})(?:月|[.\-/。])(\d{1,2})日?/gu;
const chineseDate = new RegExp(`([${n}]{4})年([${n}]{1,3})月([${n}]{1,3})日`, 'gu');
// What may stand between the two ends of a period; OCR reads a long dash as 一.
const rangeTail =
  /^(?:至|到|-|一|~)(?:((?:19|20)\d{2})(?:年|[.\-/]))?(?:(\d{1,2})(?:月|[.\-/]))?(\d{1,2})日?/u;

function isoOf(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Every whole date of a line, numeric or in Chinese numerals, in reading order. */
export function datesIn(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const m of text.matchAll(numericDate)) {
    const iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso !== undefined) found.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(chineseDate)) {
    const year = chineseDigits(m[1] ?? '');
    const month = chineseCount(m[2] ?? '');
    const day = chineseCount(m[3] ?? '');
    if (year === undefined || month === undefined || day === undefined) continue;
    const iso = isoOf(year, month, day);
    if (iso !== undefined) found.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Periods of a line: a date followed by a separator and a (possibly shortened) second date. */
export function rangesIn(text: string, dates: readonly DateMatch[]): DateRange[] {
  const ranges: DateRange[] = [];
  for (const from of dates) {
    const m = rangeTail.exec(text.slice(from.end));
    if (m === null) continue;
    const year = m[1] === undefined ? Number(from.iso.slice(0, 4)) : Number(m[1]);
    const month = m[2] === undefined ? Number(from.iso.slice(5, 7)) : Number(m[2]);
    const iso = isoOf(year, month, Number(m[3]));
    if (iso === undefined || iso < from.iso) continue;
    ranges.push({ from, to: { iso, start: from.end + 1, end: from.end + m[0].length } });
  }
  return ranges;
}
