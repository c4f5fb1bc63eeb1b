import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeClaim, fakeIdNumber, fakeStaff, testUnit } from '../shared/sheets/test-data.ts';
import { at, readBack, type ReadSheet } from '../shared/sheets/xlsx/read-back.ts';
import { run } from './export.ts';

async function workDir(content: unknown): Promise<{ input: string; out: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'ce-export-'));
  const input = join(dir, 'input.json');
  await writeFile(input, JSON.stringify(content));
  return { input, out: join(dir, '导出.xlsx') };
}

async function readSheet(path: string, index = 0): Promise<ReadSheet> {
  const book = await readBack(await readFile(path));
  const sheet = book.sheets[book.sheetNames[index] ?? ''];
  if (sheet === undefined) throw new Error('no sheet');
  return sheet;
}

const managers = [
  {
    department: '医务处',
    name: '李明',
    title: '科长',
    idNumber: fakeIdNumber(3),
    mobile: '13912345678',
    landline: '0535-6691234',
  },
];

describe('ce export', () => {
  it('writes 附件2 when the template is shandong', async () => {
    const { input, out } = await workDir({ unit: testUnit, responsible: '张主任', managers });
    const outcome = await run(['managers', '--template', 'shandong', input, '--out', out]);
    expect(outcome.exitCode).toBe(0);
    const sheet = await readSheet(out);
    expect(at(sheet, 'A1')?.v).toBe('山东省继续教育平台管理人员信息表');
    expect(at(sheet, 'C4')?.v).toBe('0535-6691234');
  });

  it('writes 附件3 with ID numbers as text when the template is fujian', async () => {
    const { input, out } = await workDir({ unit: testUnit, managers });
    const outcome = await run(['managers', '--template', 'fujian', input, '--out', out]);
    expect(outcome.exitCode).toBe(0);
    const sheet = await readSheet(out);
    expect(at(sheet, 'C6')).toMatchObject({ t: 's', v: fakeIdNumber(3) });
  });

  it('exits 2 naming the field when a manager has a wrong 身份证号', async () => {
    const bad = [{ ...managers[0], idNumber: '370602199001011230' }];
    const { input, out } = await workDir({ unit: testUnit, managers: bad });
    const outcome = await run(['managers', '--template', 'fujian', input, '--out', out]);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain('managers[0].idNumber');
    await expect(readFile(out)).rejects.toThrow();
  });

  it('exits 2 naming the field when the unit breaks the contract', async () => {
    const { input, out } = await workDir({ unit: { ...testUnit, rulebook: 'x' }, managers });
    const outcome = await run(['managers', '--template', 'shandong', input, '--out', out]);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain('unit.rulebook');
  });

  it('exports the roster from the year bank with a not-met sheet', async () => {
    const staff = [fakeStaff(1), fakeStaff(2)];
    const claims = [
      fakeClaim(1, 's-1', { creditedHours: { public: 0, professional: 64 } }),
      fakeClaim(2, 's-1', {
        category: 'online_course',
        subject: 'public',
        creditedHours: { public: 30, professional: 0 },
      }),
      fakeClaim(3, 's-2', { creditedHours: { public: 0, professional: 16 } }),
    ];
    const { input, out } = await workDir({ unit: testUnit, staff, claims });
    const outcome = await run([
      'roster',
      '--rulebook',
      'shandong-2021',
      '--year',
      '2025',
      input,
      '--out',
      out,
    ]);
    expect(outcome.exitCode).toBe(0);
    const all = await readSheet(out);
    expect(at(all, 'A6')?.v).toBe('合计（共 2 人，达标 1 人，未达标 1 人）');
    const notMet = await readSheet(out, 1);
    expect(at(notMet, 'B4')?.v).toBe(fakeStaff(2).name);
    expect(at(notMet, 'K4')?.v).toBe(44);
  });

  it('exits 2 naming the field when a claim breaks the contract', async () => {
    const { input, out } = await workDir({
      unit: testUnit,
      staff: [fakeStaff(1)],
      claims: [{ id: 'c' }],
    });
    const outcome = await run([
      'roster',
      '--rulebook',
      'shandong-2021',
      '--year',
      '2025',
      input,
      '--out',
      out,
    ]);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain('claims[0]');
  });

  it('exits 2 with usage when the subcommand is unknown', async () => {
    expect((await run(['pdf'])).exitCode).toBe(2);
  });
});
