import { titleLevels } from '../../contract/index.ts';
import { err, ok, type Result } from '../../errors/result.ts';
import { normalizeIdNumber } from '../../validators/index.ts';
import { personFieldLabels } from '../../labels/requests.ts';
import { idNumberProblem } from '../id-number.ts';
import { managerFieldLabels, validateManager, type Manager } from '../managers.ts';
import { landlineProblem, mobileProblem, normalizeMobile } from '../phone.ts';
import {
  attendanceColumns,
  findHeader,
  managerColumns,
  staffColumns,
  type ColumnMap,
} from './columns.ts';
import {
  defaultImportLimits,
  refusal,
  type Clock,
  type ImportLimits,
  type ImportRefusal,
} from './limits.ts';
import type { ImportCell } from './import-cell.ts';
import { readTable } from './read-table.ts';
import { rowReader, type Reader } from './row-reader.ts';
import { attendanceRow, type AttendanceImportRow } from './attendance-row.ts';

export type { AttendanceImportRow };

export const importKinds = ['staff', 'managers', 'attendance'] as const;
export type ImportKind = (typeof importKinds)[number];

/** A person of a staff list; the data layer turns accepted rows into Staff documents on confirm. */
export interface StaffImportRow {
  readonly name: string;
  readonly idNumber: string;
  readonly gender?: '男' | '女';
  readonly phone?: string;
  readonly department?: string;
  readonly title?: string;
  readonly titleLevel?: (typeof titleLevels)[number];
  readonly specialty?: string;
}

export interface ImportIssue {
  /** Row number as Excel shows it (1-based). */
  readonly row: number;
  /** Chinese column name, e.g. 身份证号. */
  readonly field: string;
  /** Chinese: what is wrong and what to do. */
  readonly message: string;
}

/**
 * What the user sees before anything is written: the accepted rows, and a row-by-row report of
 * the refused ones. Nothing is stored until the user confirms; the parser has no side effects.
 */
export interface ImportPreview<T> {
  readonly kind: ImportKind;
  readonly format: 'xlsx' | 'csv';
  readonly rows: readonly { readonly row: number; readonly value: T }[];
  readonly report: readonly ImportIssue[];
  readonly accepted: number;
  readonly refused: number;
}

export type ImportResult =
  | Result<
      { readonly kind: 'staff'; readonly preview: ImportPreview<StaffImportRow> },
      ImportRefusal
    >
  | Result<{ readonly kind: 'managers'; readonly preview: ImportPreview<Manager> }, ImportRefusal>
  | Result<
      { readonly kind: 'attendance'; readonly preview: ImportPreview<AttendanceImportRow> },
      ImportRefusal
    >;

const staffLabels = personFieldLabels;

function isBlank(cells: readonly ImportCell[]): boolean {
  return cells.every((cell) => cell.kind === 'empty');
}

function collect<K extends string, T>(
  rows: readonly (readonly ImportCell[])[],
  headerIndex: number,
  map: ColumnMap<K>,
  toValue: (read: Reader<K>, problems: string[][]) => { value: T; idNumber: string },
  idLabel: string,
): { rows: { row: number; value: T }[]; report: ImportIssue[]; refused: number } {
  const accepted: { row: number; value: T }[] = [];
  const report: ImportIssue[] = [];
  const firstRowOf = new Map<string, number>();
  let refused = 0;
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    if (isBlank(cells)) continue;
    const rowNumber = r + 1;
    const problems: string[][] = [];
    const parsed = toValue(rowReader(cells, map, problems), problems);
    if (parsed.idNumber !== '') {
      const first = firstRowOf.get(parsed.idNumber);
      if (first !== undefined)
        problems.push([idLabel, `${idLabel}与第 ${first} 行重复，同一人只能导入一次`]);
      else firstRowOf.set(parsed.idNumber, rowNumber);
    }
    if (problems.length > 0) {
      refused += 1;
      for (const [field = '', message = ''] of problems)
        report.push({ row: rowNumber, field, message });
    } else accepted.push({ row: rowNumber, value: parsed.value });
  }
  return { rows: accepted, report, refused };
}

function staffRow(
  read: Reader<keyof typeof staffColumns>,
  problems: string[][],
): { value: StaffImportRow; idNumber: string } {
  const get = (key: keyof typeof staffLabels, isNumeric = false): string =>
    read(key, staffLabels[key], isNumeric);
  const name = get('name');
  const idNumber = normalizeIdNumber(get('idNumber'));
  const gender = get('gender');
  const genderValue: '男' | '女' | undefined =
    gender === '男' || gender === '女' ? gender : undefined;
  const phone = normalizeMobile(get('phone', true));
  const titleLevel = get('titleLevel');
  if (name === '' && !problems.some(([f]) => f === '姓名')) problems.push(['姓名', '请填写姓名']);
  if (name.length > 50) problems.push(['姓名', '姓名不能超过 50 个字']);
  if (idNumber === '' && !problems.some(([f]) => f === '身份证号'))
    problems.push(['身份证号', '请填写身份证号']);
  const idIssue = idNumber === '' ? undefined : idNumberProblem(idNumber);
  if (idIssue !== undefined) problems.push(['身份证号', idIssue]);
  if (gender !== '' && gender !== '男' && gender !== '女')
    problems.push(['性别', '性别应为“男”或“女”']);
  if (phone !== '' && mobileProblem(phone) !== undefined && landlineProblem(phone) !== undefined) {
    problems.push(['手机号', '手机号格式不正确，应为 11 位手机号或带区号的座机号']);
  }
  if (titleLevel !== '' && !(titleLevels as readonly string[]).includes(titleLevel)) {
    problems.push(['职称级别', `职称级别应为 ${titleLevels.join('、')} 之一`]);
  }
  const optional = {
    ...(genderValue === undefined ? {} : { gender: genderValue }),
    ...(phone === '' ? {} : { phone }),
    ...(get('department') === '' ? {} : { department: get('department') }),
    ...(get('title') === '' ? {} : { title: get('title') }),
    ...((titleLevels as readonly string[]).includes(titleLevel)
      ? { titleLevel: titleLevel as (typeof titleLevels)[number] }
      : {}),
    ...(get('specialty') === '' ? {} : { specialty: get('specialty') }),
  };
  return { value: { name, idNumber, ...optional }, idNumber };
}

function managerRow(
  read: Reader<keyof Manager>,
  problems: string[][],
): { value: Manager; idNumber: string } {
  const get = (key: keyof Manager, isNumeric = false): string =>
    (read as (k: string, l: string, n?: boolean) => string)(
      key,
      managerFieldLabels[key],
      isNumeric,
    );
  const value: Manager = {
    department: get('department'),
    name: get('name'),
    title: get('title'),
    idNumber: normalizeIdNumber(get('idNumber')),
    mobile: get('mobile', true),
    landline: get('landline', true),
  };
  for (const p of validateManager(value)) {
    const label = managerFieldLabels[p.field];
    if (!problems.some(([f]) => f === label)) problems.push([label, p.message]);
  }
  return { value, idNumber: value.idNumber };
}

/**
 * Reads a staff, managers or sign-in list from .xlsx or .csv bytes into a preview: pure and bounded (size,
 * rows, cells, zip sizes, time). Whole-file problems refuse the file; row problems refuse the row.
 */
export function parseImport(
  bytes: Uint8Array,
  kind: ImportKind,
  limits: ImportLimits = defaultImportLimits,
  clock: Clock = Date.now,
): ImportResult {
  const table = readTable(bytes, limits, clock);
  if (!table.ok) return table;
  const { rows, format } = table.value;
  const noHeader = (expected: string): ImportRefusal =>
    refusal(
      'no_header',
      `没有找到表头。请在第一行写明列名（至少包括${expected}），再重新导入。`,
      'no header row',
    );
  switch (kind) {
    case 'staff': {
      const header = findHeader(rows, staffColumns);
      if (header === undefined || header.map.idNumber === undefined)
        return err(noHeader('“姓名”和“身份证号”'));
      const result = collect(rows, header.headerIndex, header.map, staffRow, '身份证号');
      return ok({ kind, preview: { kind, format, ...result, accepted: result.rows.length } });
    }
    case 'managers': {
      const header = findHeader(rows, managerColumns);
      if (header === undefined) return err(noHeader('“姓名”'));
      const result = collect(rows, header.headerIndex, header.map, managerRow, '身份证号码');
      return ok({ kind, preview: { kind, format, ...result, accepted: result.rows.length } });
    }
    case 'attendance': {
      const header = findHeader(rows, attendanceColumns);
      if (header === undefined || header.map.idNumber === undefined)
        return err(noHeader('“姓名”和“身份证号”'));
      const result = collect(rows, header.headerIndex, header.map, attendanceRow, '身份证号');
      return ok({ kind, preview: { kind, format, ...result, accepted: result.rows.length } });
    }
    default:
      throw new Error(`Unhandled import kind: ${String(kind satisfies never)}`);
  }
}

/** The confirm step: only accepted rows, only now, only through the caller's writer. */
export async function confirmImport<T>(
  preview: ImportPreview<T>,
  write: (values: readonly T[]) => Promise<void>,
): Promise<number> {
  await write(preview.rows.map((r) => r.value));
  return preview.accepted;
}
