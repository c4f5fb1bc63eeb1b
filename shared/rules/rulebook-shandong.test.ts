import { describe, expect, it } from 'vitest';
import type { Claim } from '../contract/index.ts';
import { evaluateAll } from './evaluate-all.ts';
import { claimOf } from './test-support.ts';
import type { Evaluation } from './types.ts';

const one = (claim: Claim): Evaluation => {
  const [result] = evaluateAll('shandong-2021', [claim]);
  if (result === undefined) throw new Error('no result');
  return result;
};
const codes = (result: Evaluation): string[] => result.findings.map((f) => f.code);

describe('shandong-2021 rulebook', () => {
  it('credits online study as the platform recorded it when the claim carries the record', () => {
    const result = one(
      claimOf({
        category: 'online_course',
        attachments: [],
        creditedHours: { public: 12 },
        claimedHours: 12,
      }),
    );
    expect(result).toMatchObject({
      suggestion: 'approve',
      credited: { public: 12, professional: 0 },
    });
    expect(result.findings).toEqual([]);
  });

  it('credits training to the declared subject, professional when none is declared', () => {
    const dates = { startDate: '2025-05-12', endDate: '2025-05-13' };
    expect(one(claimOf({ category: 'training', claimedHours: 12, ...dates })).credited).toEqual({
      public: 0,
      professional: 12,
    });
    expect(
      one(claimOf({ category: 'training', subject: 'public', claimedHours: 12, ...dates }))
        .credited,
    ).toEqual({ public: 12, professional: 0 });
  });

  it('holds expert service to 8 hours a day when an invited expert claims more (二（一）1 每天不超过8学时)', () => {
    const result = one(
      claimOf({
        category: 'expert_service',
        claimedHours: 20,
        startDate: '2025-04-01',
        endDate: '2025-04-02',
      }),
    );
    expect(result.suggestion).toBe('approve');
    expect(result.credited).toEqual({ public: 0, professional: 16 });
    expect(result.findings[0]).toMatchObject({
      code: 'DAILY_CAP',
      severity: 'warning',
      citation: '鲁人社字〔2021〕167号 二（一）1',
    });
    expect(result.findings[0]?.message).toContain('按 16 学时认定');
  });

  it('credits a full year of assignment as 30 公需 and 60 专业 when the posting lasts 12 months', () => {
    const result = one(claimOf({ category: 'assignment', details: { months: 12 } }));
    expect(result).toMatchObject({
      suggestion: 'approve',
      credited: { public: 30, professional: 60 },
    });
    expect(result.findings).toEqual([]);
  });

  it('prorates assignment by month when the posting is shorter than a year (不足一年的，按月份比例计算)', () => {
    const result = one(claimOf({ category: 'assignment', details: { months: 7 } }));
    expect(result.credited).toEqual({ public: 17.5, professional: 35 });
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'PRORATED',
        severity: 'info',
        citation: '鲁人社字〔2021〕167号 二（一）2',
      }),
    ]);
  });

  it('credits 16 professional hours for a passed qualification exam (以考试通过的资格证书为依据，认定16学时)', () => {
    const result = one(
      claimOf({
        category: 'qualification_exam',
        claimedHours: 40,
        details: { certificateNo: 'ZG-001' },
      }),
    );
    expect(result).toMatchObject({
      suggestion: 'approve',
      credited: { public: 0, professional: 16 },
    });
  });

  it('returns a qualification exam claim when the certificate number is missing', () => {
    const result = one(claimOf({ category: 'qualification_exam' }));
    expect(result.suggestion).toBe('return');
    expect(codes(result)).toEqual(['MISSING_DETAILS']);
    expect(result.findings[0]?.message).toContain('证书编号');
  });

  it('converts work abroad of more than six months by months away (因公派，年度内在境外工作超过6个月的)', () => {
    const result = one(
      claimOf({ category: 'long_absence', details: { absenceKind: 'abroad', months: 7 } }),
    );
    expect(result).toMatchObject({
      suggestion: 'approve',
      credited: { public: 17.5, professional: 35 },
    });
    expect(codes(result)).toEqual(['PRORATED']);
  });

  it('rejects sick leave of six months or fewer (请病假超过6个月的 only)', () => {
    const result = one(
      claimOf({ category: 'long_absence', details: { absenceKind: 'sick_leave', months: 6 } }),
    );
    expect(result).toMatchObject({
      suggestion: 'reject',
      credited: { public: 0, professional: 0 },
    });
    expect(result.findings[0]).toMatchObject({ code: 'NOT_ELIGIBLE', severity: 'error' });
    expect(result.findings[0]?.message).toContain('未超过 6 个月');
  });

  it('rejects work abroad of six months and accepts seven when the boundary is "超过6个月"', () => {
    expect(
      one(claimOf({ category: 'long_absence', details: { absenceKind: 'abroad', months: 6 } }))
        .suggestion,
    ).toBe('reject');
    expect(
      one(claimOf({ category: 'long_absence', details: { absenceKind: 'abroad', months: 7 } }))
        .suggestion,
    ).toBe('approve');
  });

  it('converts maternity leave of any length (女职工休产假的)', () => {
    const result = one(
      claimOf({ category: 'long_absence', details: { absenceKind: 'maternity', months: 4 } }),
    );
    expect(result).toMatchObject({
      suggestion: 'approve',
      credited: { public: 10, professional: 20 },
    });
  });

  it('sends an absence of another kind to manual review when only the provincial department can recognise it', () => {
    const result = one(
      claimOf({ category: 'long_absence', details: { absenceKind: 'other', months: 12 } }),
    );
    expect(result).toMatchObject({
      suggestion: 'manual',
      credited: { public: 30, professional: 60 },
    });
    expect(codes(result)).toEqual(['NO_STANDARD']);
  });

  it('sends a category the province sets no standard for to manual review with the claim as proposal (二（一）4)', () => {
    const result = one(
      claimOf({ category: 'competition', claimedHours: 20, details: { level: 'national' } }),
    );
    expect(result).toMatchObject({
      suggestion: 'manual',
      credited: { public: 0, professional: 20 },
    });
    expect(result.findings[0]).toMatchObject({
      code: 'NO_STANDARD',
      citation: '鲁人社字〔2021〕167号 二（一）4',
    });
    expect(result.findings[0]?.message).toContain('技能竞赛');
  });

  it('proposes a claim of category other to its declared subject when it goes to manual review', () => {
    const result = one(claimOf({ category: 'other', subject: 'public', claimedHours: 6 }));
    expect(result).toMatchObject({
      suggestion: 'manual',
      credited: { public: 6, professional: 0 },
    });
  });
});
