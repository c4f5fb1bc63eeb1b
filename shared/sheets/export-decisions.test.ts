import { describe, expect, it } from 'vitest';
import { buildDecisionLog, decisionHeader } from './export-decisions.ts';
import { testDecisionRows, testUnit } from './test-data.ts';
import { columnLetter } from './xlsx/cell-address.ts';
import { at, readBack } from './xlsx/read-back.ts';

const rows = testDecisionRows;

describe('buildDecisionLog', () => {
  it('lists decisions oldest first with dates as dates and hours as numbers', async () => {
    const bytes = await buildDecisionLog({
      unit: testUnit,
      period: { from: '2025-01-01', to: '2025-12-31' },
      rows,
      now: new Date('2025-12-31T00:00:00.000Z'),
    });
    const book = await readBack(bytes);
    const sheet = book.sheets[book.sheetNames[0] ?? ''];
    expect(at(sheet, 'A1')?.v).toBe('审核记录');
    expect(at(sheet, 'E2')?.v).toBe('期间：2025-01-01 至 2025-12-31');
    const header = decisionHeader.map((_, i) => at(sheet, `${columnLetter(i + 1)}3`)?.v);
    expect(header).toEqual([...decisionHeader]);
    expect(at(sheet, 'C4')?.v).toBe('王五');
    expect(at(sheet, 'A4')?.t).toBe('d');
    // 01:00 UTC is 09:00 in China: the sheet shows the reviewer's wall clock.
    expect((at(sheet, 'A4')?.v as Date).toISOString()).toBe('2025-06-01T09:00:00.000Z');
    expect(at(sheet, 'F4')).toMatchObject({ t: 'n', v: 10 });
    expect(at(sheet, 'G4')).toBeUndefined();
    expect(at(sheet, 'G5')).toMatchObject({ t: 'n', v: 16 });
    expect(at(sheet, 'A6')?.v).toBe('共 2 条审核记录。');
  });

  it('keeps a reason starting with tab or = as a string when it carries a DDE payload', async () => {
    const bytes = await buildDecisionLog({ unit: testUnit, rows });
    const sheet = (await readBack(bytes)).sheets['审核记录'];
    expect(at(sheet, 'D4')).toMatchObject({ t: 's', v: '@SUM(1,2)' });
    expect(at(sheet, 'I4')).toMatchObject({ t: 's', v: '\t=cmd|" /C calc"!A0' });
    expect(at(sheet, 'I4')?.f).toBeUndefined();
  });
});
