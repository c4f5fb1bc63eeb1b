import { datesIn, rangesIn, type DateMatch } from './dates.ts';
import { chineseCount, chineseNumeralChars } from './chinese-number.ts';
import { boxesOf, toLines, type Line, type Lines } from './lines.ts';
import { hasCommonSurname } from './surnames.ts';
import type { EvidenceFields, Found, ReadText } from './types.ts';

/**
 * Reads the facts a certificate states from its text, whatever the layout: labels
 * (姓名：, 学时：, 主办单位：), sentences (兹证明…同志…共计…学时) and tables whose label and value
 * stand on one line. Nothing here knows the claim: comparison is compare.ts's job.
 * One file for the seven fields (over 250 lines): each finder is short and they share the line
 * helpers and the label conventions; split by field, one reading algorithm would be scattered.
 */

interface Hit {
  readonly line: Line;
  readonly start: number;
  readonly end: number;
}

const found = <T>(lines: Lines, value: T, hit: Hit): Found<T> => ({
  value,
  boxes: boxesOf(lines, hit.line, hit.start, hit.end),
});

const han = /\p{Script=Han}/u;

/** The pieces of a line between its gaps. */
function segmentsOf(line: Line): { start: number; end: number }[] {
  const cuts = [0, ...[...line.breaks].sort((a, b) => a - b), line.text.length];
  return cuts.slice(0, -1).map((start, i) => ({ start, end: cuts[i + 1] ?? start }));
}

/** The end of a value starting at `start`: the next gap, if one comes before `end`. */
function untilGap(line: Line, start: number, end: number): number {
  for (let i = start + 1; i < end; i++) if (line.breaks.has(i)) return i;
  return end;
}

// --- 身份证号 -------------------------------------------------------------
const idPattern =
  /(?<!\d)[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dXx])/u;

function findIdNumber(lines: Lines): Found<string> | null {
  for (const line of lines.lines) {
    // Piece by piece first: a number printed right before the ID would otherwise run into it.
    const pieces = [...segmentsOf(line), { start: 0, end: line.text.length }];
    for (const { start, end } of pieces) {
      const m = idPattern.exec(line.text.slice(start, end));
      if (m === null) continue;
      const at = start + m.index;
      return found(lines, m[0].toUpperCase(), { line, start: at, end: at + m[0].length });
    }
  }
  return null;
}

// --- 学时 -----------------------------------------------------------------
const c = chineseNumeralChars;
const hoursBefore = new RegExp(
  `(共计|合计|总计|累计|共|计|获得|认定)?(\\d{1,3}(?:\\.\\d{1,2})?|[${c}]{1,4})个?(?:学时|课时)`,
  'gu',
);
const hoursAfter = /(?:总学时|学时数|学时)(?:\(小时\))?:?(\d{1,3}(?:\.\d{1,2})?)(?![\d.年月])/gu;
const perDay = /(?:每天|每日|不超过|最多|不少于|至少)$/u;

function findHours(lines: Lines): Found<number> | null {
  let best: { hours: number; isTotal: boolean; hit: Hit } | undefined;
  const consider = (hours: number | undefined, isTotal: boolean, hit: Hit) => {
    if (hours === undefined || hours <= 0 || hours > 2000) return;
    if (
      best === undefined ||
      (isTotal && !best.isTotal) ||
      (isTotal === best.isTotal && hours > best.hours)
    ) {
      best = { hours, isTotal, hit };
    }
  };
  for (const line of lines.lines) {
    for (const m of line.text.matchAll(hoursBefore)) {
      const amount = m[2] ?? '';
      if (perDay.test(line.text.slice(0, m.index + (m[1]?.length ?? 0)))) continue;
      if (line.text.slice(m.index + m[0].length).startsWith('/')) continue;
      const hours = /\d/u.test(amount) ? Number(amount) : chineseCount(amount);
      const start = m.index + (m[1]?.length ?? 0);
      consider(hours, m[1] !== undefined, { line, start, end: start + amount.length });
    }
    for (const m of line.text.matchAll(hoursAfter)) {
      const amount = m[1] ?? '';
      const start = m.index + m[0].length - amount.length;
      consider(Number(amount), m[0].startsWith('总'), { line, start, end: start + amount.length });
    }
  }
  return best === undefined ? null : found(lines, best.hours, best.hit);
}

// --- dates ----------------------------------------------------------------
const notTrainingDate = /(?:出生|生日|发证|颁发|签发|打印|制证|有效期)[^:]{0,4}:?$/u;

interface PeriodFields {
  startDate: Found<string> | null;
  endDate: Found<string> | null;
  dates: Found<string>[];
}

function findPeriod(lines: Lines): PeriodFields {
  const dates: Found<string>[] = [];
  const training: { match: DateMatch; line: Line }[] = [];
  for (const line of lines.lines) {
    const matches = datesIn(line.text);
    for (const match of matches) {
      dates.push(found(lines, match.iso, { line, ...match }));
      if (!notTrainingDate.test(line.text.slice(0, match.start))) training.push({ match, line });
    }
    const range = rangesIn(line.text, matches)[0];
    if (range !== undefined && !notTrainingDate.test(line.text.slice(0, range.from.start))) {
      return {
        startDate: found(lines, range.from.iso, { line, ...range.from }),
        endDate: found(lines, range.to.iso, { line, ...range.to }),
        dates,
      };
    }
  }
  // No period: the earliest date not marked as an issue or birth date is the day it took place.
  const first = training.sort((a, b) => (a.match.iso < b.match.iso ? -1 : 1))[0];
  const single =
    first === undefined
      ? null
      : found(lines, first.match.iso, { line: first.line, ...first.match });
  return { startDate: single, endDate: single, dates };
}

// --- 姓名 -----------------------------------------------------------------
const nameLabels =
  /(?:学员姓名|考生姓名|专家姓名|姓名|学员|参训人员?|持证人|获奖人|获奖者|申请人|兹证明|兹有|授予|考生|作者)(?:\(.{0,4}\))?:?/gu;
const nameStops = /(?:同志|先生|女士|同学|老师|性别|身份|证件|单位|工作|参加|于|在|的|等)/u;
const honorifics = /同志|先生|女士|同学|学员/gu;
// Words a short line of a certificate often is; a name holds none of them.
const notNames = /证书|证明|奖状|荣誉|学时|培训|合格|结业|考核|编号|单位|日期|通知|学员|姓名/u;

function nameAt(line: Line, start: number): Hit | undefined {
  let end = start;
  while (end < line.text.length && end - start < 8 && han.test(line.text[end] ?? '')) {
    if (end > start && line.breaks.has(end)) break;
    end++;
  }
  const stop = nameStops.exec(line.text.slice(start, end));
  // A label followed by 同志, 于 … names no one (`参训人员同志于…`).
  if (stop !== null && stop.index < 2) return undefined;
  if (stop !== null) end = start + stop.index;
  const name = line.text.slice(start, end);
  if (name.length < 2 || name.length > 4 || notNames.test(name)) return undefined;
  return { line, start, end };
}

function findName(lines: Lines): Found<string> | null {
  for (const line of lines.lines) {
    for (const m of line.text.matchAll(nameLabels)) {
      const hit = nameAt(line, m.index + m[0].length);
      if (hit !== undefined) return found(lines, line.text.slice(hit.start, hit.end), hit);
    }
  }
  // `刘涛同志：` with no label: the run of characters just before the honorific.
  for (const line of lines.lines) {
    for (const m of line.text.matchAll(honorifics)) {
      let start = m.index;
      while (start > 0 && m.index - start < 4 && han.test(line.text[start - 1] ?? '')) {
        if (line.breaks.has(start)) break;
        start--;
      }
      const name = line.text.slice(start, m.index);
      if (name.length >= 2 && hasCommonSurname(name)) {
        return found(lines, name, { line, start, end: m.index });
      }
    }
  }
  // A line, or a piece of one between gaps, that is nothing but a name.
  for (const line of lines.lines) {
    for (const { start, end } of segmentsOf(line)) {
      const piece = line.text.slice(start, end);
      if (
        /^\p{Script=Han}{2,4}$/u.test(piece) &&
        hasCommonSurname(piece) &&
        !notNames.test(piece)
      ) {
        return found(lines, piece, { line, start, end });
      }
    }
  }
  return null;
}

// --- 主办单位 -------------------------------------------------------------
const organizerLabels =
  /(?:主办单位|主办方|举办单位|培训单位|培训机构|承办单位|组织单位|实施单位|发证机构|发证单位|颁发单位|颁证单位|认定机构|主办)(?:\(.{0,4}\))?:?/u;
const organizationEnd =
  /(?:委员会|人民政府|办公室|局|厅|中心|学院|大学|医院|协会|学会|基地|研究院|研究所|学校|公司|集团|出版社|杂志社|编辑部|党校|站)$/u;

function findOrganizer(lines: Lines): Found<string> | null {
  for (const line of lines.lines) {
    const m = organizerLabels.exec(line.text);
    if (m === null) continue;
    const start = m.index + m[0].length;
    const segment = segmentsOf(line).find((s) => s.end > start);
    const end = segment?.end ?? line.text.length;
    if (end - start >= 2) return found(lines, line.text.slice(start, end), { line, start, end });
  }
  // The issuer signs at the bottom: the last piece of text that ends like an organisation.
  let last: Hit | undefined;
  for (const line of lines.lines) {
    for (const { start, end } of segmentsOf(line)) {
      const piece = line.text.slice(start, end);
      if (
        piece.length >= 4 &&
        piece.length <= 40 &&
        !/\d/u.test(piece) &&
        organizationEnd.test(piece)
      ) {
        last = { line, start, end };
      }
    }
  }
  return last === undefined ? null : found(lines, last.line.text.slice(last.start, last.end), last);
}

// --- 证书编号 -------------------------------------------------------------
const numberPattern =
  /(?:证书编号|证书号码|证书号|(?<!身份)证号|编号|No\.?|NO\.?|№)(?:\(.{0,4}\))?[:.]?([A-Za-z0-9][A-Za-z0-9-]{3,39})/u;

function findCertificateNo(lines: Lines): Found<string> | null {
  for (const line of lines.lines) {
    const m = numberPattern.exec(line.text);
    if (m === null) continue;
    const whole = m[1] ?? '';
    const start = m.index + m[0].length - whole.length;
    const end = untilGap(line, start, start + whole.length);
    return found(lines, line.text.slice(start, end), { line, start, end });
  }
  return null;
}

/** The fields a certificate states, each with where it stands; null where not found. */
export function extractFields(read: ReadText): EvidenceFields {
  const lines = toLines(read.items);
  const period = findPeriod(lines);
  return {
    name: findName(lines),
    idNumber: findIdNumber(lines),
    hours: findHours(lines),
    startDate: period.startDate,
    endDate: period.endDate,
    organizer: findOrganizer(lines),
    certificateNo: findCertificateNo(lines),
    dates: period.dates,
  };
}

/** The text as read, line by line, gaps kept as spaces, for the reviewer and the CLI. */
export function plainText(read: ReadText): string {
  return toLines(read.items)
    .lines.map((line) => {
      let text = '';
      for (let i = 0; i < line.text.length; i++) {
        text += (i > 0 && line.breaks.has(i) ? ' ' : '') + (line.text[i] ?? '');
      }
      return text;
    })
    .join('\n');
}

/** The fields' values alone, null where not found: what the CLI prints and the view lists. */
export function fieldValues(fields: EvidenceFields) {
  return {
    name: fields.name?.value ?? null,
    idNumber: fields.idNumber?.value ?? null,
    hours: fields.hours?.value ?? null,
    startDate: fields.startDate?.value ?? null,
    endDate: fields.endDate?.value ?? null,
    organizer: fields.organizer?.value ?? null,
    certificateNo: fields.certificateNo?.value ?? null,
  };
}
