import { normalizeIdNumber } from '../../validators/index.ts';
import { idNumberProblem } from '../id-number.ts';
import type { attendanceColumns } from './columns.ts';
import type { Reader } from './row-reader.ts';

/**
 * One attendee of a sign-in list: who (matched to the directory by 身份证号) and, when the list
 * says, their hours; without a 学时 column or value they attended the whole project.
 */
export interface AttendanceImportRow {
  readonly name: string;
  readonly idNumber: string;
  readonly hours?: number;
}

/** Reads one row of a sign-in list; each problem is pushed as [label, message]. */
export function attendanceRow(
  read: Reader<keyof typeof attendanceColumns>,
  problems: string[][],
): { value: AttendanceImportRow; idNumber: string } {
  const name = read('name', '姓名');
  const idNumber = normalizeIdNumber(read('idNumber', '身份证号'));
  const hoursText = read('hours', '学时', true);
  if (name === '' && !problems.some(([f]) => f === '姓名')) problems.push(['姓名', '请填写姓名']);
  if (idNumber === '' && !problems.some(([f]) => f === '身份证号'))
    problems.push(['身份证号', '请填写身份证号，用于核对本单位人员']);
  const idIssue = idNumber === '' ? undefined : idNumberProblem(idNumber);
  if (idIssue !== undefined) problems.push(['身份证号', idIssue]);
  const hours = hoursText === '' ? undefined : Number(hoursText);
  if (hours !== undefined && !(Number.isFinite(hours) && hours > 0)) {
    problems.push(['学时', '学时应为大于 0 的数字；不填则按项目的学时计']);
  }
  const value =
    hours === undefined || !(hours > 0) ? { name, idNumber } : { name, idNumber, hours };
  return { value, idNumber };
}
