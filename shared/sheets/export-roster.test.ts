import { describe, expect, it } from 'vitest';
import { buildRoster, rosterHeader, rosterSheetNames, type RosterPerson } from './export-roster.ts';
import { fakeIdNumber, fakeStaff, testUnit } from './test-data.ts';
import { at, readBack, type ReadBook } from './xlsx/read-back.ts';
import { columnLetter } from './xlsx/cell-address.ts';
import { cellLook, xlsxParts } from './xlsx/read-parts.ts';

const now = new Date('2025-12-31T01:30:00.000Z');

const people: RosterPerson[] = [
  {
    staff: fakeStaff(1, { department: '内科' }),
    hours: { public: 30, professional: 62.5, total: 92.5, met: true },
  },
  {
    staff: fakeStaff(2, { department: '内科' }),
    hours: { public: 12, professional: 60, total: 72, met: false },
  },
  {
    staff: fakeStaff(3, { department: '外科', name: '=1+1' }),
    hours: { public: 30.5, professional: 20.3, total: 50.8, met: false },
  },
  {
    staff: fakeStaff(4, { status: 'transferred_out' }),
    hours: { public: 0, professional: 0, total: 0, met: false },
  },
];

async function readRoster(isFullIdNumber = false): Promise<ReadBook> {
  return readBack(await buildRoster({ unit: testUnit, year: 2025, people, now, isFullIdNumber }));
}

describe('buildRoster', () => {
  it('lists active staff with the header block, header row, typed hours and masked IDs by default', async () => {
    const book = await readRoster();
    expect(book.sheetNames).toEqual([rosterSheetNames.all, rosterSheetNames.notMet]);
    const sheet = book.sheets[rosterSheetNames.all];
    expect(at(sheet, 'A1')?.v).toBe('2025年度继续教育完成情况表');
    expect(at(sheet, 'A2')?.v).toBe('单位：示例市第一人民医院');
    expect(at(sheet, 'F2')?.v).toBe('年度：2025');
    expect(at(sheet, 'I2')?.v).toBe('导出时间：2025-12-31 09:30');
    const header = rosterHeader.map((_, i) => at(sheet, `${columnLetter(i + 1)}3`)?.v);
    expect(header).toEqual([...rosterHeader]);
    expect(at(sheet, 'A4')).toMatchObject({ t: 'n', v: 1 });
    expect(at(sheet, 'C4')).toMatchObject({
      t: 's',
      v: `370602********${fakeIdNumber(1).slice(-4)}`,
    });
    expect(at(sheet, 'G4')).toMatchObject({ t: 'n', v: 62.5 });
    expect(at(sheet, 'I4')?.v).toBe('是');
    expect(at(sheet, 'J5')).toMatchObject({ t: 'n', v: 18 });
    // Transferred-out staff are not in the roster: rows 4–6 are people, row 7 totals.
    expect(at(sheet, 'B7')?.v).toBeUndefined();
    expect(sheet?.merges).toEqual(expect.arrayContaining(['A1:K1', 'A2:E2', 'A7:E7']));
  });

  it('writes a name that looks like a formula as a literal string when a person is named =1+1', async () => {
    const sheet = (await readRoster()).sheets[rosterSheetNames.all];
    expect(at(sheet, 'B6')).toMatchObject({ t: 's', v: '=1+1' });
    expect(at(sheet, 'B6')?.f).toBeUndefined();
  });

  it('totals hours, gaps and the rate at the bottom when people fall short', async () => {
    const sheet = (await readRoster()).sheets[rosterSheetNames.all];
    expect(at(sheet, 'A7')?.v).toBe('合计（共 3 人，达标 1 人，未达标 2 人）');
    expect(at(sheet, 'F7')?.v).toBe(72.5);
    expect(at(sheet, 'G7')?.v).toBe(142.8);
    expect(at(sheet, 'H7')?.v).toBe(215.3);
    expect(at(sheet, 'I7')?.v).toBe('达标率 33.3%');
    expect(at(sheet, 'J7')?.v).toBe(18);
    expect(at(sheet, 'K7')?.v).toBe(39.7);
  });

  it('lists only those not met on the second sheet with their own totals', async () => {
    const sheet = (await readRoster()).sheets[rosterSheetNames.notMet];
    expect(at(sheet, 'A1')?.v).toBe('2025年度继续教育完成情况表');
    expect([at(sheet, 'A4')?.v, at(sheet, 'B4')?.v]).toEqual([1, people[1]?.staff.name]);
    expect([at(sheet, 'A5')?.v, at(sheet, 'B5')?.v]).toEqual([2, '=1+1']);
    expect(at(sheet, 'A6')?.v).toBe('合计（未达标 2 人）');
    expect(at(sheet, 'K6')?.v).toBe(39.7);
  });

  it('shows the full 身份证号 as text when the exporter chooses full', async () => {
    const sheet = (await readRoster(true)).sheets[rosterSheetNames.all];
    expect(at(sheet, 'C4')).toMatchObject({ t: 's', v: fakeIdNumber(1) });
  });

  it('reads back whole, with styles and frozen header, when the roster is large', async () => {
    const many: RosterPerson[] = Array.from({ length: 2000 }, (_, n) => ({
      staff: fakeStaff(n),
      hours:
        n % 4 === 0
          ? { public: 12.5, professional: 40, total: 52.5, met: false }
          : { public: 30, professional: 64.5, total: 94.5, met: true },
    }));
    const bytes = await buildRoster({ unit: testUnit, year: 2025, people: many, now });
    const book = await readBack(bytes);
    const all = book.sheets[rosterSheetNames.all];
    const notMet = book.sheets[rosterSheetNames.notMet];
    // Title, stamp line, header, 2,000 people, totals, note.
    expect(all?.range).toBe('A1:K2005');
    expect(notMet?.range).toBe('A1:K505');
    expect(at(all, 'A2003')).toMatchObject({ t: 'n', v: 2000 });
    expect(at(all, 'B2003')?.t).toBe('s');
    expect(at(all, 'A2004')?.v).toBe('合计（共 2000 人，达标 1500 人，未达标 500 人）');
    expect(at(notMet, 'A504')?.v).toBe('合计（未达标 500 人）');
    // 168000.0 hours in all: the 合计 column is wide enough to show the sum, not ###.
    expect(at(all, 'H2004')).toMatchObject({ t: 'n', v: 168000 });
    expect(all?.widths[7]).toBeGreaterThanOrEqual('168000.0'.length + 2);
    expect(cellLook(xlsxParts(bytes), 1, 'C3')?.fill).toBe('FFF2F2F2');
    expect([all, notMet].map((sheet) => [sheet?.printArea, sheet?.printTitlesRow])).toEqual([
      ['A1:K2005', '3:3'],
      ['A1:K505', '3:3'],
    ]);
    expect(xlsxParts(bytes)['xl/worksheets/sheet1.xml']).toContain(
      '<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>',
    );
  });
});
