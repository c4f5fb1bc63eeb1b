import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Staff } from '../shared/contract/index.ts';
import { claimOf } from '../shared/rules/test-support.ts';
import { run } from './bank.ts';

async function inputFile(content: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ce-bank-'));
  const path = join(dir, 'input.json');
  await writeFile(path, JSON.stringify(content));
  return path;
}

const person = (id: string, status: Staff['status'] = 'active'): Staff => ({
  id,
  unitId: 'u-1',
  name: '王五',
  idNumber: '11010519491231002X',
  status,
  updatedAt: '2025-01-01T00:00:00.000Z',
  revision: 1,
  deleted: false,
});

describe('ce bank', () => {
  it('prints one row per active staff member with the projection when the input keeps the contract', async () => {
    const file = await inputFile({
      staff: [person('a'), person('p', 'pending_registration')],
      claims: [
        claimOf({
          staffId: 'a',
          category: 'title_language_exam',
          status: 'unit_approved',
          creditedHours: { public: 30 },
        }),
        claimOf({ staffId: 'a', category: 'competition', details: { level: 'national' } }),
      ],
    });
    const outcome = await run(['--rulebook', 'weihai-2022', '--year', '2025', file]);
    expect(outcome.exitCode).toBe(0);
    expect(JSON.parse(outcome.stdout ?? '')).toEqual({
      bank: [
        {
          staffId: 'a',
          year: 2025,
          public: 30,
          professional: 0,
          total: 30,
          met: false,
          projected: { public: 30, professional: 30, total: 60, met: false },
        },
      ],
    });
  });

  it('exits 2 naming the staff document and field when a staff record breaks the contract', async () => {
    const file = await inputFile({ staff: [{ ...person('a'), status: 'retired' }], claims: [] });
    const outcome = await run(['--rulebook', 'shandong-2021', '--year', '2025', file]);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stdout).toBeUndefined();
    expect(outcome.stderr).toContain('staff[0] 的 status 字段');
  });

  it('exits 2 when the year is missing or not four digits', async () => {
    const file = await inputFile({ staff: [], claims: [] });
    expect((await run(['--rulebook', 'shandong-2021', file])).stderr).toContain('--year');
    expect((await run(['--rulebook', 'shandong-2021', '--year', '25', file])).exitCode).toBe(2);
  });
});
