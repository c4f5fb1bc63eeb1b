import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { claimOf } from '../shared/rules/test-support.ts';
import { run } from './evaluate.ts';

async function inputFile(content: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ce-evaluate-'));
  const path = join(dir, 'input.json');
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const claims = [
  claimOf({
    id: 'done',
    category: 'competition',
    details: { level: 'city' },
    status: 'unit_approved',
  }),
  claimOf({ id: 'b', category: 'competition', details: { level: 'national' } }),
  claimOf({ id: 'a', category: 'competition', details: { level: 'county' }, attachments: [] }),
];

describe('ce evaluate', () => {
  it('prints one result per submitted claim in input order when the input keeps the contract', async () => {
    const outcome = await run(['--rulebook', 'weihai-2022', await inputFile({ claims })]);
    expect(outcome.exitCode).toBe(0);
    const printed = JSON.parse(outcome.stdout ?? '') as {
      results: { claimId: string; suggestion: string }[];
    };
    expect(printed.results.map((r) => [r.claimId, r.suggestion])).toEqual([
      ['b', 'approve'],
      ['a', 'return'],
    ]);
    expect(printed.results[1]).toMatchObject({
      credited: { public: 0, professional: 0 },
      findings: [{ code: 'MISSING_EVIDENCE', severity: 'error' }],
    });
  });

  it('reads the integrity records of the staff when the file gives staff (contract 1.1)', async () => {
    const staff = {
      id: 's-1',
      unitId: 'u-1',
      name: '韩雪松',
      idNumber: '11010519491231002X',
      status: 'active',
      registration: 'approved',
      integrityRecords: [
        { claimId: 'old', recordedAt: '2024-06-01T02:00:00.000Z', until: '2027-06-01' },
      ],
      updatedAt: '2025-01-01T00:00:00.000Z',
      revision: 1,
      deleted: false,
    };
    const outcome = await run([
      '--rulebook',
      'weihai-2022',
      await inputFile({ claims, staff: [staff] }),
    ]);
    expect(outcome.stderr).toBeUndefined();
    const printed = JSON.parse(outcome.stdout ?? '') as {
      results: { claimId: string; findings: { code: string }[] }[];
    };
    expect(printed.results.map((r) => [r.claimId, r.findings.map((f) => f.code)])).toEqual([
      ['b', ['INTEGRITY_RECORD']],
      ['a', ['MISSING_EVIDENCE', 'INTEGRITY_RECORD']],
    ]);
  });

  it('exits 2 naming the document and field in Chinese and English when a claim breaks the contract', async () => {
    const broken = { claims: [claims[0], { ...claims[1], year: 'next' }] };
    const outcome = await run(['--rulebook=weihai-2022', await inputFile(broken)]);
    expect(outcome).toMatchObject({ exitCode: 2 });
    expect(outcome.stdout).toBeUndefined();
    expect(outcome.stderr).toContain('claims[1] 的 year 字段');
    expect(outcome.stderr).toContain('claims[1] field year');
  });

  it('exits 2 when the file is not JSON', async () => {
    const outcome = await run(['--rulebook', 'weihai-2022', await inputFile('{"claims": [')]);
    expect(outcome).toMatchObject({ exitCode: 2 });
    expect(outcome.stderr).toContain('不是有效的 JSON');
  });

  it('exits 2 when the rulebook is unknown or missing', async () => {
    const file = await inputFile({ claims });
    const unknown = await run(['--rulebook', 'beijing-2030', file]);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain('未知的规则集 beijing-2030');
    expect(unknown.stderr).toContain('unknown rulebook');
    expect((await run([file])).exitCode).toBe(2);
  });

  it('exits 2 when the claims field is absent', async () => {
    const outcome = await run(['--rulebook', 'weihai-2022', await inputFile({ staff: [] })]);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain('缺少字段 claims');
  });

  it('runs through the ce entry with nothing on stdout when the input is bad', async () => {
    const file = await inputFile('not json');
    const ce = join(import.meta.dirname, 'ce.ts');
    const failure = await promisify(execFile)(process.execPath, [
      ce,
      'evaluate',
      '--rulebook',
      'fujian-2023',
      file,
    ]).then(
      () => undefined,
      (error: unknown) => error as { code: number; stdout: string; stderr: string },
    );
    expect(failure).toMatchObject({ code: 2, stdout: '' });
    expect(failure?.stderr).toContain('错误：');
  });
});
