import { describe, expect, it } from 'vitest';
import type { Claim } from '../contract/index.ts';
import { evaluateAll, evaluateClaim } from './evaluate-all.ts';
import { findingLabels, categoryLabels } from './labels.ts';
import { claimOf } from './test-support.ts';
import { categories } from '../contract/index.ts';
import { findingCodes } from './types.ts';

const at = (n: number): string => `2025-03-0${String(n)}T08:00:00.000Z`;
const paper = (title: string, extra: Partial<Claim> = {}): Claim =>
  claimOf({ category: 'outcome', title, details: { outcomeKind: 'paper' }, ...extra });

describe('evaluateAll', () => {
  it('returns one result per submitted claim in input order when statuses are mixed', () => {
    const claims = [
      claimOf({ category: 'competition', details: { level: 'city' }, status: 'unit_approved' }),
      claimOf({ category: 'competition', details: { level: 'city' }, id: 'second' }),
      claimOf({ category: 'competition', details: { level: 'city' }, status: 'withdrawn' }),
      claimOf({ category: 'competition', details: { level: 'city' }, id: 'first', staffId: 's-2' }),
      claimOf({ category: 'competition', details: { level: 'city' }, id: 'gone', deleted: true }),
    ];
    expect(evaluateAll('weihai-2022', claims).map((r) => r.claimId)).toEqual(['second', 'first']);
  });

  it('returns a claim without evidence, except online study (凭相关有效证明认定学时)', () => {
    const [training, online] = evaluateAll('shandong-2021', [
      claimOf({
        category: 'training',
        attachments: [],
        startDate: '2025-05-12',
        endDate: '2025-05-12',
      }),
      claimOf({ category: 'online_course', attachments: [], creditedHours: { public: 3 } }),
    ]);
    expect(training).toMatchObject({
      suggestion: 'return',
      credited: { public: 0, professional: 0 },
    });
    expect(training?.findings[0]).toMatchObject({
      code: 'MISSING_EVIDENCE',
      citation: '鲁人社字〔2021〕167号 二（一）',
    });
    expect(online?.suggestion).toBe('approve');
  });

  it('returns a claim whose end date comes before its start date', () => {
    const [result] = evaluateAll('shandong-2021', [
      claimOf({ category: 'training', startDate: '2025-05-12', endDate: '2025-05-10' }),
    ]);
    expect(result).toMatchObject({
      suggestion: 'return',
      findings: [expect.objectContaining({ code: 'INVALID_DATES' })],
    });
    expect(result?.findings[0]?.message).toContain('早于开始日期');
  });

  it('returns a claim with a date outside its year (按年度计入学时银行)', () => {
    const [result] = evaluateAll('shandong-2021', [
      claimOf({ category: 'training', startDate: '2024-12-30', endDate: '2025-01-02' }),
    ]);
    expect(result?.findings.map((f) => f.code)).toEqual(['INVALID_DATES']);
    expect(result?.findings[0]?.message).toContain('2024-12-30 不在申报年度 2025 年内');
  });

  it('rejects rather than returns when a claim both lacks evidence and repeats an outcome', () => {
    const [, second] = evaluateAll('weihai-2022', [
      paper('论文甲', { submittedAt: at(1) }),
      paper('论文甲', { submittedAt: at(2), attachments: [] }),
    ]);
    expect(second?.suggestion).toBe('reject');
    expect(second?.findings.map((f) => f.code)).toEqual(['MISSING_EVIDENCE', 'DUPLICATE_OUTCOME']);
  });

  it('counts credited hours of the year first, then pending claims by submission time, whatever the input order', () => {
    const credited = paper('已认定', {
      status: 'dept_approved',
      creditedHours: { professional: 20 },
      submittedAt: at(9),
    });
    const late = paper('后提交', { submittedAt: at(5), id: 'late' });
    const early = paper('先提交', { submittedAt: at(2), id: 'early' });
    const results = evaluateAll('weihai-2022', [late, credited, early]);
    expect(results).toEqual([
      expect.objectContaining({ claimId: 'late', suggestion: 'reject' }),
      expect.objectContaining({
        claimId: 'early',
        suggestion: 'approve',
        credited: { public: 0, professional: 10 },
      }),
    ]);
  });

  it('leaves the cap free for later claims when an earlier claim is returned', () => {
    const [returned, next] = evaluateAll('weihai-2022', [
      claimOf({
        category: 'computer_exam',
        details: { modules: 6 },
        attachments: [],
        submittedAt: at(1),
      }),
      claimOf({ category: 'computer_exam', details: { modules: 6 }, submittedAt: at(2) }),
    ]);
    expect(returned?.suggestion).toBe('return');
    expect(next).toMatchObject({
      suggestion: 'approve',
      credited: { public: 30, professional: 0 },
    });
  });

  it('does not count another year against the annual cap', () => {
    const lastYear = claimOf({
      category: 'computer_exam',
      year: 2024,
      status: 'unit_approved',
      creditedHours: { public: 30 },
    });
    const [result] = evaluateAll('weihai-2022', [
      claimOf({ category: 'computer_exam', details: { modules: 2 } }),
      lastYear,
    ]);
    expect(result?.credited.public).toBe(10);
  });

  it('rounds claimed hours to one decimal half up (17.45 → 17.5)', () => {
    const [result] = evaluateAll('sdsmu-2025', [
      claimOf({ category: 'self_study_exam', claimedHours: 17.45 }),
    ]);
    expect(result?.credited.professional).toBe(17.5);
  });
});

describe('evaluateClaim', () => {
  it('judges an opened claim against the person’s other claims when it is not pending', () => {
    const earlier = paper('重复的论文', {
      status: 'unit_approved',
      creditedHours: { professional: 10 },
      year: 2023,
    });
    const opened = paper('重复的论文', { status: 'returned' });
    const stranger = paper('重复的论文', { staffId: 's-9', status: 'unit_approved' });
    const result = evaluateClaim('weihai-2022', opened, [earlier, stranger, opened]);
    expect(result.claimId).toBe(opened.id);
    expect(result.findings[0]).toMatchObject({ code: 'DUPLICATE_OUTCOME' });
    expect(result.findings[0]?.message).toContain(earlier.id);
  });

  it('gives the same result as the batch when the claim is pending', () => {
    const claims = [1, 2, 3, 4].map((n) => paper(`论文${String(n)}`, { submittedAt: at(n) }));
    const batch = evaluateAll('weihai-2022', claims);
    claims.forEach((claim, index) => {
      expect(evaluateClaim('weihai-2022', claim, claims)).toEqual(batch[index]);
    });
  });
});

describe('labels', () => {
  it('names every category and finding code in Chinese when the UI shows them', () => {
    for (const category of categories) expect(categoryLabels[category]).toMatch(/\p{Script=Han}/u);
    for (const code of findingCodes) expect(findingLabels[code]).toMatch(/\p{Script=Han}/u);
  });
});
