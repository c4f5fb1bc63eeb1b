import { describe, expect, it } from 'vitest';
import { buildFujianManagers, buildShandongManagers, fujianNotes } from './export-managers.ts';
import type { ManagersFiling } from './managers.ts';
import { at, readBack, type ReadSheet } from './xlsx/read-back.ts';
import { cellLook, xlsxParts } from './xlsx/read-parts.ts';
import { fakeIdNumber, testManagers, testUnit } from './test-data.ts';

const now = new Date('2025-11-26T02:00:00.000Z');
const managers = [...testManagers];
const filing: ManagersFiling = { unit: testUnit, responsible: '张主任', managers };

async function read(bytes: Uint8Array): Promise<ReadSheet> {
  const book = await readBack(bytes);
  const sheet = book.sheets[book.sheetNames[0] ?? ''];
  if (sheet === undefined) throw new Error('no sheet');
  return sheet;
}

describe('buildShandongManagers', () => {
  it('lays out 附件2 with merged title, stamp line, header and one row per manager', async () => {
    const sheet = await read(await buildShandongManagers(filing, now));
    expect(at(sheet, 'A1')?.v).toBe('山东省继续教育平台管理人员信息表');
    expect(sheet.merges).toEqual(expect.arrayContaining(['A1:C1', 'A2:B2']));
    expect(at(sheet, 'A2')?.v).toBe('所在单位（公章）：示例市第一人民医院');
    expect(at(sheet, 'C2')?.v).toBe('负责人：张主任');
    expect([at(sheet, 'A3')?.v, at(sheet, 'B3')?.v, at(sheet, 'C3')?.v]).toEqual([
      '所在单位',
      '姓名',
      '座机号',
    ]);
    expect([at(sheet, 'A4')?.v, at(sheet, 'B4')?.v, at(sheet, 'C4')?.v]).toEqual([
      '医务处',
      '李明',
      '0535-6691234',
    ]);
    expect(at(sheet, 'C4')?.t).toBe('s');
  });

  it('writes text starting with = + - @ as literal strings when they would look like formulas', async () => {
    const sheet = await read(await buildShandongManagers(filing, now));
    for (const address of ['A5', 'B5', 'C5']) {
      expect(at(sheet, address)?.t).toBe('s');
      expect(at(sheet, address)?.f).toBeUndefined();
    }
    expect(at(sheet, 'A5')?.v).toBe('=HYPERLINK("http://x","点我")');
    expect(at(sheet, 'B5')?.v).toBe('+王芳');
    expect(at(sheet, 'C5')?.v).toBe('-6691235');
  });

  it('sets borders, bold headers, widths and an A4 one-page print setup', async () => {
    const bytes = await buildShandongManagers(filing, now);
    const parts = xlsxParts(bytes);
    expect(parts['xl/worksheets/sheet1.xml']).toContain(
      '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="1"/>',
    );
    const sheet = await read(bytes);
    expect(sheet.name).toBe('管理人员信息表');
    expect(sheet.printArea).toBe('A1:C5');
    expect(cellLook(parts, 1, 'B3')).toMatchObject({ isBold: true, isBordered: true });
    expect(cellLook(parts, 1, 'B4')).toMatchObject({ isBold: false, isBordered: true });
    expect(sheet.widths[0]).toBeGreaterThanOrEqual(30);
  });
});

describe('buildFujianManagers', () => {
  it('lays out 附件3 with labelled cells, header, ID numbers as text and the 说明 lines', async () => {
    const sheet = await read(await buildFujianManagers({ ...filing, leadOffice: '人事处' }, now));
    expect(at(sheet, 'A1')?.v).toBe('福建省继续教育公共服务平台管理员信息备案表');
    expect(at(sheet, 'A2')?.v).toBe('填报单位（盖章）：示例市第一人民医院');
    expect(at(sheet, 'C2')?.v).toBe('填报时间：2025 年 11 月 26 日');
    expect([
      at(sheet, 'A3')?.v,
      at(sheet, 'B3')?.v,
      at(sheet, 'C3')?.v,
      at(sheet, 'D3')?.v,
    ]).toEqual(['备案单位', '示例市第一人民医院', '牵头处室', '人事处']);
    expect([
      at(sheet, 'A4')?.v,
      at(sheet, 'B4')?.v,
      at(sheet, 'C4')?.v,
      at(sheet, 'D4')?.v,
    ]).toEqual(['所属行业', '卫生、社会保障和社会福利业', '所属地区', '山东省烟台市']);
    expect([
      at(sheet, 'A5')?.v,
      at(sheet, 'B5')?.v,
      at(sheet, 'C5')?.v,
      at(sheet, 'D5')?.v,
    ]).toEqual(['管理员姓名', '职务', '身份证号码', '手机号码']);
    expect(at(sheet, 'C6')).toMatchObject({ t: 's', v: fakeIdNumber(7) });
    expect(at(sheet, 'D6')).toMatchObject({ t: 's', v: '13912345678' });
    expect(at(sheet, 'B7')).toMatchObject({ t: 's', v: '@副处长' });
    expect(at(sheet, 'A9')?.v).toBe('说明：');
    expect(at(sheet, 'A13')?.v).toBe(fujianNotes[4]);
    expect(sheet.merges).toEqual(
      expect.arrayContaining(['A1:D1', 'A2:B2', 'C2:D2', 'A9:D9', 'A13:D13']),
    );
  });
});
