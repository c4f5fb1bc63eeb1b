import type { Staff, Unit } from '../contract/index.ts';
import { chinaMinute } from '../calendar/china-time.ts';
import { sheetTitles } from './file-name.ts';
import { maskIdNumber } from '../validators/index.ts';
import {
  addSheet,
  fitColumns,
  freezeRows,
  mergeCells,
  newWorkbook,
  setColumnWidth,
  setPrintArea,
  toBytes,
  writeHeader,
  writeLine,
  writeRow,
  writeTitle,
  type ColumnKind,
  type Workbook,
} from './xlsx-writer.ts';

/** What the year bank says of one person; the roster shows it and does not recompute it. */
export interface RosterHours {
  readonly public: number;
  readonly professional: number;
  readonly total: number;
  readonly met: boolean;
}

export interface RosterPerson {
  readonly staff: Staff;
  readonly hours: RosterHours;
}

export interface RosterInput {
  readonly unit: Unit;
  readonly year: number;
  /** Active staff with their bank; others are left out by the caller or filtered here. */
  readonly people: readonly RosterPerson[];
  /** The year's minimums (public ≥ 30 and professional ≥ 60 in every rulebook so far). */
  readonly requirement?: { readonly public: number; readonly professional: number };
  /** Full 身份证号 only when the exporter asks; masked by default. */
  readonly isFullIdNumber?: boolean;
  readonly now?: Date;
  /** 0…1 while rows are laid out; the zip step after it reports 1. */
  readonly onProgress?: (fraction: number) => void;
}

export const rosterHeader = [
  '序号',
  '姓名',
  '身份证号',
  '部门',
  '职称',
  '公需学时',
  '专业学时',
  '合计',
  '是否达标',
  '公需差额',
  '专业差额',
] as const;
const kinds: readonly ColumnKind[] = [
  'integer',
  'text',
  'text',
  'text',
  'text',
  'hours',
  'hours',
  'hours',
  'text',
  'hours',
  'hours',
];
/** The totals row: its label, merged over the first five columns, where the 序号 would be. */
const totalKinds: readonly ColumnKind[] = ['text', ...kinds.slice(1)];
export const rosterSheetNames = { all: '完成情况', notMet: '未达标人员' } as const;
const headerRow = 3;

/** One decimal place, half up, after removing binary noise (17.45 → 17.5). */
function tenth(value: number): number {
  return Math.floor(Number((value * 10).toPrecision(12)) + 0.5) / 10;
}

interface Line {
  readonly values: (string | number)[];
  readonly hours: RosterHours;
  readonly gap: { readonly public: number; readonly professional: number };
}

function writeRosterSheet(
  workbook: Workbook,
  name: string,
  input: RosterInput,
  lines: readonly Line[],
  totalsLabel: string,
  isRateShown: boolean,
  onRow: () => void,
): void {
  const sheet = addSheet(workbook, name, { orientation: 'landscape', isOnePage: false });
  const columns = rosterHeader.length;
  writeTitle(sheet, 1, `${input.year}${sheetTitles.roster}`, columns);
  writeLine(sheet, 2, 1, 5, `单位：${input.unit.name}`);
  writeLine(sheet, 2, 6, 8, `年度：${input.year}`);
  writeLine(sheet, 2, 9, 11, `导出时间：${chinaMinute(input.now ?? new Date())}`);
  writeHeader(sheet, headerRow, rosterHeader);
  let row = headerRow;
  const sums = { public: 0, professional: 0, total: 0, gapPublic: 0, gapProfessional: 0, met: 0 };
  lines.forEach((line, index) => {
    row += 1;
    line.values[0] = index + 1;
    writeRow(sheet, row, line.values, kinds);
    sums.public += line.hours.public;
    sums.professional += line.hours.professional;
    sums.total += line.hours.total;
    sums.gapPublic += line.gap.public;
    sums.gapProfessional += line.gap.professional;
    if (line.hours.met) sums.met += 1;
    onRow();
  });
  row += 1;
  const rate = lines.length === 0 ? 0 : (sums.met / lines.length) * 100;
  const totals = [
    totalsLabel,
    '',
    '',
    '',
    '',
    tenth(sums.public),
    tenth(sums.professional),
    tenth(sums.total),
    isRateShown ? `达标率 ${tenth(rate).toFixed(1)}%` : '',
    tenth(sums.gapPublic),
    tenth(sums.gapProfessional),
  ];
  writeRow(sheet, row, totals, totalKinds, true);
  mergeCells(sheet, row, 1, 5);
  const requirement = input.requirement ?? { public: 30, professional: 60 };
  writeLine(
    sheet,
    row + 1,
    1,
    columns,
    `说明：达标指公需科目不少于 ${requirement.public} 学时且专业科目不少于 ${requirement.professional} 学时；差额为尚缺学时。` +
      (input.isFullIdNumber === true ? '' : '身份证号已隐去出生日期和顺序码。'),
  );
  // Widths from a sample: the longest names and departments are found in any few hundred rows,
  // and measuring 20,000 rows twice would cost more than the rest of the sheet. The totals are
  // measured too (their label is merged over five columns and widens none): a sum of a large
  // unit's hours is wider than any one person's, and an office suite shows ### where it does
  // not fit. Hours are measured as shown, with their one decimal.
  const shown = (values: readonly (string | number)[]): string[] =>
    values.map((value, index) =>
      typeof value === 'number' && totalKinds[index] === 'hours' ? value.toFixed(1) : String(value),
    );
  fitColumns(sheet, [
    [...rosterHeader],
    ...lines.slice(0, 500).map((l) => shown(l.values)),
    shown(['', ...totals.slice(1)]),
  ]);
  setColumnWidth(sheet, 1, 8);
  freezeRows(sheet, headerRow);
  setPrintArea(sheet, row + 1, columns, headerRow);
}

/** 年度继续教育完成情况表: everyone, then a second sheet of those not met; totals on both. */
export async function buildRoster(input: RosterInput): Promise<Uint8Array> {
  const requirement = input.requirement ?? { public: 30, professional: 60 };
  const collator = new Intl.Collator('zh-Hans-CN');
  const people = input.people
    .filter((p) => p.staff.status === 'active' && !p.staff.deleted)
    .map((p, order) => ({ ...p, order }))
    .sort(
      (a, b) =>
        collator.compare(a.staff.department ?? '\uffff', b.staff.department ?? '\uffff') ||
        a.order - b.order,
    );
  const lines: Line[] = people.map(({ staff, hours }) => {
    const gap = {
      public: tenth(Math.max(0, requirement.public - hours.public)),
      professional: tenth(Math.max(0, requirement.professional - hours.professional)),
    };
    return {
      hours,
      gap,
      values: [
        0,
        staff.name,
        input.isFullIdNumber === true ? staff.idNumber : maskIdNumber(staff.idNumber),
        staff.department ?? '',
        staff.title ?? '',
        hours.public,
        hours.professional,
        hours.total,
        hours.met ? '是' : '否',
        gap.public,
        gap.professional,
      ],
    };
  });
  const notMet = lines.filter((l) => !l.hours.met).map((l) => ({ ...l, values: [...l.values] }));
  const workbook = newWorkbook(input.now ?? new Date());
  const totalRows = lines.length + notMet.length;
  let done = 0;
  const onRow = (): void => {
    done += 1;
    if (input.onProgress !== undefined && done % 1000 === 0)
      input.onProgress(done / (totalRows + 1));
  };
  writeRosterSheet(
    workbook,
    rosterSheetNames.all,
    input,
    lines,
    `合计（共 ${lines.length} 人，达标 ${lines.length - notMet.length} 人，未达标 ${notMet.length} 人）`,
    true,
    onRow,
  );
  writeRosterSheet(
    workbook,
    rosterSheetNames.notMet,
    input,
    notMet,
    `合计（未达标 ${notMet.length} 人）`,
    false,
    onRow,
  );
  const bytes = await toBytes(workbook);
  input.onProgress?.(1);
  return bytes;
}
