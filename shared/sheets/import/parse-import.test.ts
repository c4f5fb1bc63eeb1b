// Over 250 lines on purpose: every way a list file can be refused sits beside the happy paths
// it must not break, sharing their builders.
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { fakeIdNumber } from '../test-data.ts';
import { defaultImportLimits } from './limits.ts';
import { confirmImport, parseImport, type ImportKind } from './parse-import.ts';

type Row = (string | number | { formula: string } | undefined)[];

async function xlsx(rows: readonly Row[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('人员');
  rows.forEach((row) => sheet.addRow(row));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Parses, and confirms only what the preview accepted, into a writer the test watches. */
async function importAndConfirm(
  bytes: Uint8Array,
  kind: ImportKind = 'staff',
  limits = defaultImportLimits,
) {
  const write = vi.fn((_values: readonly unknown[]) => Promise.resolve());
  const result = parseImport(bytes, kind, limits);
  if (result.ok) await confirmImport<unknown>(result.value.preview, write);
  return { result, write };
}

const header: Row = ['序号', '姓名', '身份证号', '部门', '手机号'];

/** A staff CSV whose every row was accepted. */
function csvPreview(rows: readonly { row: number; value: object }[]) {
  return {
    ok: true,
    value: {
      kind: 'staff',
      preview: {
        kind: 'staff',
        format: 'csv',
        rows,
        report: [],
        accepted: rows.length,
        refused: 0,
      },
    },
  };
}

describe('parseImport', () => {
  it('previews valid rows and reports bad ones row by row when the list is mixed', async () => {
    const bytes = await xlsx([
      ['2025年在职人员名单'],
      header,
      [1, '李明', fakeIdNumber(1), '内科', '13912345678'],
      [2, '王芳', '370602199001011230', '外科', ''],
      [3, '', fakeIdNumber(3), '外科', '12345'],
    ]);
    expect(parseImport(bytes, 'staff')).toEqual({
      ok: true,
      value: {
        kind: 'staff',
        preview: {
          kind: 'staff',
          format: 'xlsx',
          rows: [
            {
              row: 3,
              value: {
                name: '李明',
                idNumber: fakeIdNumber(1),
                department: '内科',
                phone: '13912345678',
              },
            },
          ],
          report: [
            {
              row: 4,
              field: '身份证号',
              message: '身份证号校验位不正确，可能有数字录错，请逐位核对。',
            },
            { row: 5, field: '姓名', message: '请填写姓名' },
            {
              row: 5,
              field: '手机号',
              message: '手机号格式不正确，应为 11 位手机号或带区号的座机号',
            },
          ],
          accepted: 1,
          refused: 2,
        },
      },
    });
  });

  it('writes only the accepted rows when the user confirms', async () => {
    const bytes = await xlsx([
      header,
      [1, '李明', fakeIdNumber(1), '内科', ''],
      [2, '', '', '', ''],
    ]);
    const { write } = await importAndConfirm(bytes);
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0]?.[0]).toEqual([
      { name: '李明', idNumber: fakeIdNumber(1), department: '内科' },
    ]);
  });

  it('refuses the later row when a 身份证号 is duplicated', async () => {
    const bytes = await xlsx([header, [1, '李明', fakeIdNumber(1)], [2, '李明', fakeIdNumber(1)]]);
    const result = parseImport(bytes, 'staff');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.preview.accepted).toBe(1);
    expect(result.value.preview.report).toEqual([
      { row: 3, field: '身份证号', message: '身份证号与第 2 行重复，同一人只能导入一次' },
    ]);
  });

  it('refuses a row whose 身份证号 is a number cell when Excel has rounded it', async () => {
    const bytes = await xlsx([header, [1, '李明', Number('370602199001011234')]]);
    const result = parseImport(bytes, 'staff');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.preview.accepted).toBe(0);
    expect(result.value.preview.report[0]).toMatchObject({ row: 2, field: '身份证号' });
    expect(result.value.preview.report[0]?.message).toContain('数字格式');
  });

  it('reads a managers list exported as 附件3 back when the header sits under title rows', async () => {
    const bytes = await xlsx([
      ['福建省继续教育公共服务平台管理员信息备案表'],
      ['填报单位（盖章）：示例医院'],
      ['管理员姓名', '职务', '身份证号码', '手机号码'],
      ['李明', '科长', fakeIdNumber(5), '13912345678'],
    ]);
    const result = parseImport(bytes, 'managers');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.preview.report).toEqual([
      { row: 4, field: '所在单位', message: '请填写所在单位' },
    ]);
  });

  it('reads GB18030 CSV when Excel on Chinese Windows saved it', () => {
    // 姓名,身份证号 / 李明,<id> in GBK bytes.
    const gbk = [
      0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xc9, 0xed, 0xb7, 0xdd, 0xd6, 0xa4, 0xba, 0xc5, 0x0a,
    ];
    const row = [0xc0, 0xee, 0xc3, 0xf7, 0x2c, ...strToU8(`${fakeIdNumber(9)}\n`)];
    expect(parseImport(new Uint8Array([...gbk, ...row]), 'staff')).toEqual(
      csvPreview([{ row: 2, value: { name: '李明', idNumber: fakeIdNumber(9) } }]),
    );
  });

  it('reads UTF-8 CSV with quotes and a BOM when the file is text', async () => {
    const csv = `姓名,身份证号,部门\r\n"李明",${fakeIdNumber(1)},"内科,二病区"\r\n`;
    const { result } = await importAndConfirm(strToU8(`\uFEFF${csv}`));
    expect(result).toEqual(
      csvPreview([
        { row: 2, value: { name: '李明', idNumber: fakeIdNumber(1), department: '内科,二病区' } },
      ]),
    );
  });
});

describe('parseImport hostile files', () => {
  // Small zip limits keep the bomb tests fast; the code path is the same as with the defaults.
  const small = { ...defaultImportLimits, maxEntryBytes: 2_000_000, maxTotalBytes: 3_000_000 };
  const expectRefused = async (bytes: Uint8Array, reason: string, limits = defaultImportLimits) => {
    const { result, write } = await importAndConfirm(bytes, 'staff', limits);
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', reason } });
    const message = result.ok ? '' : result.error.message;
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(write).not.toHaveBeenCalled();
    return message;
  };

  it('refuses a file that is not a spreadsheet when it is binary', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expectRefused(png, 'not_spreadsheet');
  });

  it('refuses a zip that holds no workbook when a .docx is renamed', async () => {
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('<w/>'),
    });
    await expectRefused(docx, 'not_spreadsheet');
  });

  it('refuses a legacy or encrypted Excel file when it is an OLE container', async () => {
    await expectRefused(
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2]),
      'legacy_or_encrypted',
    );
  });

  it('refuses a zip bomb from its declared sizes before inflating it', async () => {
    const bomb = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<workbook/>'),
      'xl/worksheets/sheet1.xml': new Uint8Array(small.maxEntryBytes + 1),
    });
    expect(bomb.length).toBeLessThan(200_000);
    const message = await expectRefused(bomb, 'zip_bomb', small);
    expect(message).toContain('压缩炸弹');
  });

  it('stops a zip bomb that lies about its sizes while inflating it', async () => {
    const bomb = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<workbook/>'),
      'xl/worksheets/sheet1.xml': new Uint8Array(20_000_000),
    });
    // Rewrite the declared uncompressed size of the last entry in its local and central headers.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    const name = strToU8('xl/worksheets/sheet1.xml');
    for (let i = 0; i < bomb.length - 4; i++) {
      const signature = view.getUint32(i, true);
      const nameAt = signature === 0x04034b50 ? i + 30 : signature === 0x02014b50 ? i + 46 : -1;
      if (nameAt < 0 || !name.every((byte, k) => bomb[nameAt + k] === byte)) continue;
      view.setUint32(i + (signature === 0x04034b50 ? 22 : 24), 100, true);
    }
    await expectRefused(bomb, 'zip_bomb', small);
  });

  it('refuses 1,000,000 rows of CSV before parsing them', async () => {
    const csv = `姓名,身份证号\n${'a,b\n'.repeat(1_000_000)}`;
    const message = await expectRefused(strToU8(csv), 'too_many_rows');
    expect(message).toContain('30000');
  });

  it('refuses an .xlsx of 1,000,000 rows by counting them before the reader runs', async () => {
    const rows = '<row r="1"/>'.repeat(1_000_000);
    const bytes = zipSync(
      {
        '[Content_Types].xml': strToU8('<Types/>'),
        'xl/workbook.xml': strToU8('<workbook/>'),
        'xl/worksheets/sheet1.xml': strToU8(
          `<worksheet><sheetData>${rows}</sheetData></worksheet>`,
        ),
      },
      { level: 6 },
    );
    await expectRefused(bytes, 'too_many_rows');
  });

  it('refuses a workbook with formulas and names the cells', async () => {
    const bytes = await xlsx([header, [1, '李明', { formula: 'HYPERLINK("http://x","y")' }]]);
    const message = await expectRefused(bytes, 'formula');
    expect(message).toContain('C2');
  });

  it('refuses a file over the size limit without reading it', async () => {
    await expectRefused(new Uint8Array(defaultImportLimits.maxFileBytes + 1), 'too_large');
  });

  it('refuses a list without the columns it needs', async () => {
    await expectRefused(await xlsx([['随便'], ['写点什么']]), 'no_header');
  });

  it('stops when the time limit passes', async () => {
    const bytes = await xlsx([header, [1, '李明', fakeIdNumber(1)]]);
    let now = 0;
    const clock = () => (now += 6_000);
    const write = vi.fn();
    expect(parseImport(bytes, 'staff', defaultImportLimits, clock)).toMatchObject({
      ok: false,
      error: { reason: 'timeout' },
    });
    expect(write).not.toHaveBeenCalled();
  });
});
