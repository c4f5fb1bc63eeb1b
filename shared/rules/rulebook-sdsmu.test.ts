import { describe, expect, it } from 'vitest';
import type { Claim } from '../contract/index.ts';
import { evaluateAll } from './evaluate-all.ts';
import { claimOf } from './test-support.ts';
import type { Evaluation } from './types.ts';

const all = (claims: Claim[]): Evaluation[] => evaluateAll('sdsmu-2025', claims);
const at = (n: number): string => `2025-03-0${String(n)}T08:00:00.000Z`;

describe('sdsmu-2025 rulebook', () => {
  it('credits training as claimed up to 8 hours a day (按实际学时登记，不超过8学时/天)', () => {
    const [within, over] = all([
      claimOf({
        category: 'training',
        claimedHours: 6,
        startDate: '2025-05-12',
        endDate: '2025-05-12',
      }),
      claimOf({
        category: 'training',
        claimedHours: 40,
        startDate: '2025-05-12',
        endDate: '2025-05-15',
      }),
    ]);
    expect(within).toMatchObject({ suggestion: 'approve', credited: { professional: 6 } });
    expect(over).toMatchObject({ suggestion: 'approve', credited: { professional: 32 } });
    expect(over?.findings[0]).toMatchObject({
      code: 'DAILY_CAP',
      citation: '山东第二医科大学2025年继续教育通知 三 培训进修类',
    });
  });

  it('holds self-study exams and degree study together to 40 hours a year (自学类…每年累计不超过40学时)', () => {
    const [exam, degree] = all([
      claimOf({ category: 'self_study_exam', claimedHours: 30, submittedAt: at(1) }),
      claimOf({ category: 'degree_program', claimedHours: 20, submittedAt: at(2) }),
    ]);
    expect(exam?.credited).toEqual({ public: 0, professional: 30 });
    expect(degree).toMatchObject({
      suggestion: 'approve',
      credited: { public: 0, professional: 10 },
    });
    expect(degree?.findings[0]).toMatchObject({
      code: 'ANNUAL_CAP',
      citation: '山东第二医科大学2025年继续教育通知 三 自学类',
    });
  });

  it('credits 10 hours per outcome, at most 30 a year (每项（篇、本）计10学时，折算学时每年累计不超过30学时)', () => {
    const results = all(
      [1, 2, 3, 4].map((n) =>
        claimOf({
          category: 'outcome',
          title: `课题${String(n)}`,
          details: { outcomeKind: 'project' },
          submittedAt: at(n),
        }),
      ),
    );
    expect(results.map((r) => r.suggestion)).toEqual(['approve', 'approve', 'approve', 'reject']);
  });

  it('rejects a paper already credited in an earlier year', () => {
    const credited = claimOf({
      category: 'outcome',
      year: 2024,
      status: 'unit_approved',
      title: '基层医院护理质量研究',
      details: { outcomeKind: 'paper' },
      creditedHours: { professional: 10 },
      submittedAt: '2024-05-01T08:00:00.000Z',
    });
    const again = claimOf({
      category: 'outcome',
      title: '基层医院护理质量研究',
      details: { outcomeKind: 'paper' },
    });
    const [result] = all([again, credited]);
    expect(result?.suggestion).toBe('reject');
    expect(result?.findings[0]?.message).toContain('2024 年度');
  });

  it('returns any claim without evidence (没有证明材料或材料不完备的一律退回)', () => {
    const [result] = all([
      claimOf({ category: 'self_study_exam', claimedHours: 10, attachments: [] }),
    ]);
    expect(result).toMatchObject({
      suggestion: 'return',
      credited: { public: 0, professional: 0 },
    });
    expect(result?.findings[0]).toMatchObject({
      code: 'MISSING_EVIDENCE',
      severity: 'error',
      citation: '山东第二医科大学2025年继续教育通知 附件1 学时申报',
    });
  });
});
