import ExcelJS from 'exceljs';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fakeIdNumber } from '../test-data.ts';
import { parseImport } from './parse-import.ts';

async function xlsx(rows: readonly (string | number)[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('人员');
  rows.forEach((row) => sheet.addRow(row));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('parseImport formula-like text (OWASP CSV injection)', () => {
  const refusedFor = (label: string, start: string) => ({
    field: label,
    message: `${label}以“${start}”开头，在表格软件中可能被当作公式执行，为安全起见不予导入。请删去开头的“${start}”后重新导入`,
  });

  it('refuses the rows whose kept CSV values start with = + - @ and keeps the others', () => {
    const csv = [
      '姓名,身份证号,部门',
      `"=cmd|' /C calc'!A0",${fakeIdNumber(2)},内科`,
      `李明,${fakeIdNumber(3)},+1+cmd`,
      `王芳,${fakeIdNumber(4)},-2+3`,
      `赵强,${fakeIdNumber(5)},@SUM(1)`,
      `钱红,${fakeIdNumber(6)},＝1+1`,
      `孙丽,${fakeIdNumber(7)},外科`,
    ].join('\n');
    const result = parseImport(strToU8(csv), 'staff');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.preview.rows).toEqual([
      { row: 7, value: { name: '孙丽', idNumber: fakeIdNumber(7), department: '外科' } },
    ]);
    expect(result.value.preview.report).toEqual([
      { row: 2, ...refusedFor('姓名', '=') },
      { row: 3, ...refusedFor('部门', '+') },
      { row: 4, ...refusedFor('部门', '-') },
      { row: 5, ...refusedFor('部门', '@') },
      { row: 6, ...refusedFor('部门', '＝') },
    ]);
  });

  it('drops a leading tab or carriage return and judges what follows when a value hides behind one', () => {
    const csv = `姓名,身份证号,部门\n"\t李明",${fakeIdNumber(2)},"\r内科"\n"\t=1+1",${fakeIdNumber(3)},外科\n`;
    const result = parseImport(strToU8(csv), 'staff');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.preview.rows).toEqual([
      { row: 2, value: { name: '李明', idNumber: fakeIdNumber(2), department: '内科' } },
    ]);
    expect(result.value.preview.report).toEqual([{ row: 3, ...refusedFor('姓名', '=') }]);
  });

  it('refuses formula-like text cells of an .xlsx but keeps a negative number cell', async () => {
    const bytes = await xlsx([
      ['序号', '姓名', '身份证号', '部门'],
      [1, '李明', fakeIdNumber(1), '-内科'],
      [2, '王芳', fakeIdNumber(2), -3],
    ]);
    const result = parseImport(bytes, 'staff');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.preview.rows).toEqual([
      { row: 3, value: { name: '王芳', idNumber: fakeIdNumber(2), department: '-3' } },
    ]);
    expect(result.value.preview.report).toEqual([{ row: 2, ...refusedFor('部门', '-') }]);
  });

  it('ignores formula-like text in a column the import does not keep', () => {
    const csv = `姓名,身份证号,备注\n李明,${fakeIdNumber(2)},=1+1\n`;
    const result = parseImport(strToU8(csv), 'staff');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.preview.rows).toEqual([
      { row: 2, value: { name: '李明', idNumber: fakeIdNumber(2) } },
    ]);
  });
});
