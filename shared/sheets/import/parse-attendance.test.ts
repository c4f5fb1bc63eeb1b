import ExcelJS from 'exceljs';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fakeIdNumber } from '../test-data.ts';
import { parseImport } from './parse-import.ts';

async function xlsx(rows: readonly (string | number)[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('签到表');
  rows.forEach((row) => sheet.addRow(row));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('parseImport of a sign-in list', () => {
  it('reads names, 身份证号 and hours under a title, and refuses a row with bad hours', async () => {
    const bytes = await xlsx([
      ['2026 年护理质量管理培训班 签到表'],
      ['序号', '姓名', '身份证号', '部门', '学时', '签名'],
      [1, '李明', fakeIdNumber(1), '内科', 8, ''],
      [2, '王芳', fakeIdNumber(2), '外科', '', ''],
      [3, '赵磊', fakeIdNumber(3), '外科', '半天', ''],
    ]);
    expect(parseImport(bytes, 'attendance')).toEqual({
      ok: true,
      value: {
        kind: 'attendance',
        preview: {
          kind: 'attendance',
          format: 'xlsx',
          rows: [
            { row: 3, value: { name: '李明', idNumber: fakeIdNumber(1), hours: 8 } },
            { row: 4, value: { name: '王芳', idNumber: fakeIdNumber(2) } },
          ],
          report: [
            { row: 5, field: '学时', message: '学时应为大于 0 的数字；不填则按项目的学时计' },
          ],
          accepted: 2,
          refused: 1,
        },
      },
    });
  });

  it('refuses a list without a 身份证号 column, saying which columns it needs', () => {
    const bytes = strToU8('姓名,部门\n李明,内科\n');
    expect(parseImport(bytes, 'attendance')).toMatchObject({
      ok: false,
      error: {
        message: '没有找到表头。请在第一行写明列名（至少包括“姓名”和“身份证号”），再重新导入。',
      },
    });
  });
});
