import { describe, expect, it } from 'vitest';
import type { Claim } from '../contract/index.ts';
import { evaluateAll } from './evaluate-all.ts';
import { claimOf } from './test-support.ts';
import type { Evaluation } from './types.ts';

const all = (claims: Claim[]): Evaluation[] => evaluateAll('weihai-2022', claims);
const one = (claim: Claim): Evaluation => {
  const [result] = all([claim]);
  if (result === undefined) throw new Error('no result');
  return result;
};
const at = (n: number): string => `2025-03-0${String(n)}T08:00:00.000Z`;

describe('weihai-2022 rulebook', () => {
  it.each([
    ['A', 30],
    ['B', 20],
    ['C', 10],
  ] as const)(
    'credits 职称外语 grade %s as %i public hours (A、B、C 级可分别认定当年公需科目 30、20、10 学时)',
    (grade, hours) => {
      const result = one(claimOf({ category: 'title_language_exam', details: { grade } }));
      expect(result).toMatchObject({
        suggestion: 'approve',
        credited: { public: hours, professional: 0 },
      });
      expect(result.findings).toEqual([]);
    },
  );

  it('credits 5 public hours per computer module (每个考试模块可认定当年公需科目 5 学时)', () => {
    const result = one(claimOf({ category: 'computer_exam', details: { modules: 3 } }));
    expect(result.credited).toEqual({ public: 15, professional: 0 });
  });

  it('holds computer modules to 30 hours a year when later claims pass the cap (累计不超过 30 学时)', () => {
    const [first, second, third] = all([
      claimOf({ category: 'computer_exam', details: { modules: 4 }, submittedAt: at(1) }),
      claimOf({ category: 'computer_exam', details: { modules: 4 }, submittedAt: at(2) }),
      claimOf({ category: 'computer_exam', details: { modules: 1 }, submittedAt: at(3) }),
    ]);
    expect(first).toMatchObject({ suggestion: 'approve', credited: { public: 20 } });
    expect(second).toMatchObject({ suggestion: 'approve', credited: { public: 10 } });
    expect(second?.findings[0]).toMatchObject({
      code: 'ANNUAL_CAP',
      severity: 'warning',
      citation: '威人社字〔2022〕2号 二（一）3',
    });
    expect(third).toMatchObject({ suggestion: 'reject', credited: { public: 0, professional: 0 } });
    expect(third?.findings[0]).toMatchObject({ code: 'ANNUAL_CAP', severity: 'error' });
  });

  it('credits training to professional hours whatever subject was declared (专业科目学时 · 培训进修类)', () => {
    const result = one(
      claimOf({
        category: 'training',
        subject: 'public',
        claimedHours: 12,
        startDate: '2025-05-12',
        endDate: '2025-05-13',
      }),
    );
    expect(result.credited).toEqual({ public: 0, professional: 12 });
  });

  it('holds training to 8 hours a day (不超过 8 学时/天)', () => {
    const result = one(
      claimOf({
        category: 'training',
        claimedHours: 30,
        startDate: '2025-05-12',
        endDate: '2025-05-14',
      }),
    );
    expect(result.credited).toEqual({ public: 0, professional: 24 });
    expect(result.findings[0]).toMatchObject({
      code: 'DAILY_CAP',
      citation: '威人社字〔2022〕2号 二（二）1（1）',
    });
  });

  it.each([
    ['national', 30],
    ['provincial', 20],
    ['city', 10],
    ['county', 5],
  ] as const)(
    'credits a %s competition as %i professional hours (按层级认定 30、20、10、5 个学时)',
    (level, hours) => {
      expect(one(claimOf({ category: 'competition', details: { level } })).credited).toEqual({
        public: 0,
        professional: hours,
      });
    },
  );

  it('returns a competition claim when its level is missing', () => {
    expect(one(claimOf({ category: 'competition' }))).toMatchObject({
      suggestion: 'return',
      findings: [expect.objectContaining({ code: 'MISSING_DETAILS' })],
    });
  });

  it('credits 10 hours per self-study course and holds them to 40 a year (每门课 10 学时，每年累计不超过 40 学时)', () => {
    const [first, second] = all([
      claimOf({ category: 'self_study_exam', details: { courses: 3 }, submittedAt: at(1) }),
      claimOf({ category: 'self_study_exam', details: { courses: 2 }, submittedAt: at(2) }),
    ]);
    expect(first?.credited).toEqual({ public: 0, professional: 30 });
    expect(second).toMatchObject({
      suggestion: 'approve',
      credited: { public: 0, professional: 10 },
    });
    expect(second?.findings[0]?.code).toBe('ANNUAL_CAP');
  });

  it('credits an in-service degree programme 40 professional hours a year (每年可认定 40 学时)', () => {
    const result = one(claimOf({ category: 'degree_program', claimedHours: 90 }));
    expect(result.credited).toEqual({ public: 0, professional: 40 });
  });

  it('credits 10 hours per outcome and holds outcomes to 30 a year (每项10学时，每年累计不超过30学时)', () => {
    const results = all(
      [1, 2, 3, 4].map((n) =>
        claimOf({
          category: 'outcome',
          title: `论文${String(n)}`,
          details: { outcomeKind: 'paper' },
          submittedAt: at(n),
        }),
      ),
    );
    expect(results.map((r) => r.credited.professional)).toEqual([10, 10, 10, 0]);
    expect(results[3]).toMatchObject({ suggestion: 'reject' });
    expect(results[3]?.findings[0]).toMatchObject({
      code: 'ANNUAL_CAP',
      citation: '威人社字〔2022〕2号 二（二）4',
    });
  });

  it('rejects the same outcome claimed twice (同一样品，不重复计算)', () => {
    const [first, second] = all([
      claimOf({
        category: 'outcome',
        title: '一种输液报警装置',
        details: { outcomeKind: 'patent' },
        submittedAt: at(1),
      }),
      claimOf({
        category: 'outcome',
        title: '一种输液报警装置',
        details: { outcomeKind: 'patent' },
        submittedAt: at(2),
      }),
    ]);
    expect(first?.suggestion).toBe('approve');
    expect(second).toMatchObject({
      suggestion: 'reject',
      credited: { public: 0, professional: 0 },
    });
    expect(second?.findings[0]).toMatchObject({
      code: 'DUPLICATE_OUTCOME',
      citation: '威人社字〔2022〕2号 二（二）4',
    });
  });

  it('keeps the province rows it does not replace, such as 援派 (二（二）2（2） as 000 二（一）2)', () => {
    expect(one(claimOf({ category: 'assignment', details: { months: 12 } })).credited).toEqual({
      public: 30,
      professional: 60,
    });
  });
});
