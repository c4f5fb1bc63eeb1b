import type { Project, Unit } from '../contract/index.ts';
import { chinaDate } from '../calendar/china-time.ts';
import { sheetTitles } from './file-name.ts';
import {
  addSheet,
  fitColumns,
  newWorkbook,
  setColumnWidth,
  setPrintArea,
  setRowHeight,
  toBytes,
  writeHeader,
  writeLine,
  writeRow,
  writeTitle,
  type ColumnKind,
} from './xlsx-writer.ts';

/** The project's facts a sheet prints above its table. */
export type ProjectFacts = Pick<
  Project,
  'title' | 'organizer' | 'startDate' | 'endDate' | 'hours' | 'venue' | 'filedDate'
>;

export interface SignInSheetInput {
  readonly unit: Unit;
  readonly project: ProjectFacts;
  /** Who is expected, in the order to print. */
  readonly people: readonly { readonly name: string; readonly department: string }[];
  readonly now?: Date;
}

export const signInHeader = ['序号', '姓名', '部门', '签到时间', '签名'] as const;
const signInKinds: readonly ColumnKind[] = ['integer', 'text', 'text', 'text', 'text'];

const when = (project: ProjectFacts): string =>
  project.startDate === project.endDate
    ? project.startDate
    : `${project.startDate} 至 ${project.endDate}`;

/**
 * 培训签到表: printed on A4 before the class, one row per person with room to sign by hand.
 * Signed, it is the unit's record of who attended (the attendance filed after the end).
 */
export async function buildSignInSheet(input: SignInSheetInput): Promise<Uint8Array> {
  const now = input.now ?? new Date();
  const { project } = input;
  const workbook = newWorkbook(now);
  const sheet = addSheet(workbook, sheetTitles.signIn, {
    orientation: 'portrait',
    isOnePage: false,
  });
  const columns = signInHeader.length;
  writeTitle(sheet, 1, `${project.title} ${sheetTitles.signIn}`, columns);
  // Each line across the whole table, so a long unit name never wraps in print.
  writeLine(sheet, 2, 1, columns, `主办单位：${project.organizer}，学时：${project.hours}`);
  writeLine(sheet, 3, 1, columns, `培训时间：${when(project)}，地点：${project.venue ?? ''}`);
  writeHeader(sheet, 4, signInHeader);
  input.people.forEach((person, index) => {
    writeRow(sheet, 5 + index, [index + 1, person.name, person.department, '', ''], signInKinds);
    // Room for a handwritten name.
    setRowHeight(sheet, 5 + index, 28);
  });
  fitColumns(sheet, [[...signInHeader], ...input.people.map((p) => ['', p.name, p.department])]);
  setColumnWidth(sheet, 4, 14);
  setColumnWidth(sheet, 5, 22);
  setPrintArea(sheet, 4 + input.people.length, columns);
  return toBytes(workbook);
}

/** One attendee as the hours list shows them, already in Chinese. */
export interface AttendanceListRow {
  readonly name: string;
  readonly department: string;
  readonly hours: number;
  /** e.g. 待审核, 单位已审核. */
  readonly status: string;
}

export interface AttendanceListInput {
  readonly unit: Unit;
  readonly project: ProjectFacts;
  readonly rows: readonly AttendanceListRow[];
  readonly now?: Date;
}

export const attendanceHeader = ['序号', '姓名', '部门', '学时', '状态'] as const;
const attendanceKinds: readonly ColumnKind[] = ['integer', 'text', 'text', 'hours', 'text'];

/** 培训项目学时名单: who attended a project and the hours filed for each, with where each stands. */
export async function buildAttendanceList(input: AttendanceListInput): Promise<Uint8Array> {
  const now = input.now ?? new Date();
  const { project } = input;
  const workbook = newWorkbook(now);
  const sheet = addSheet(workbook, sheetTitles.attendance, {
    orientation: 'portrait',
    isOnePage: false,
  });
  const columns = attendanceHeader.length;
  writeTitle(sheet, 1, `${project.title} ${sheetTitles.attendance}`, columns);
  writeLine(sheet, 2, 1, columns, `单位：${input.unit.name}，备案日期：${project.filedDate}`);
  writeLine(sheet, 3, 1, columns, `培训时间：${when(project)}，导出日期：${chinaDate(now)}`);
  writeHeader(sheet, 4, attendanceHeader);
  const rows = input.rows.map((r, index) => [index + 1, r.name, r.department, r.hours, r.status]);
  rows.forEach((values, index) => {
    writeRow(sheet, 5 + index, values, attendanceKinds);
  });
  const total = input.rows.reduce((sum, r) => sum + r.hours, 0);
  writeRow(
    sheet,
    5 + rows.length,
    ['', '合计', `${rows.length} 人`, total, ''],
    attendanceKinds,
    true,
  );
  fitColumns(sheet, [[...attendanceHeader], ...rows.map((r) => r.map(String))]);
  setPrintArea(sheet, 5 + rows.length, columns);
  return toBytes(workbook);
}
