import { describe, expect, it } from 'vitest';
import type { Claim } from '../contract/index.ts';
import { evaluateAll } from './evaluate-all.ts';
import { claimOf } from './test-support.ts';
import type { Evaluation } from './types.ts';

const all = (claims: Claim[]): Evaluation[] => evaluateAll('fujian-2023', claims);
const one = (claim: Claim): Evaluation => {
  const [result] = all([claim]);
  if (result === undefined) throw new Error('no result');
  return result;
};
const at = (n: number): string => `2025-03-0${String(n)}T08:00:00.000Z`;

describe('fujian-2023 rulebook', () => {
  it('credits online study as the platform counted it ((一) 由网络培训平台自动统计计算)', () => {
    const result = one(
      claimOf({
        category: 'online_course',
        attachments: [],
        creditedHours: { public: 6, professional: 4 },
      }),
    );
    expect(result).toMatchObject({
      suggestion: 'approve',
      credited: { public: 6, professional: 4 },
    });
  });

  it.each(['training', 'expert_service'] as const)(
    'credits %s to the declared subject at most 8 hours a day (原则上按照每天不超过8学时计算)',
    (category) => {
      const result = one(
        claimOf({
          category,
          subject: 'public',
          claimedHours: 20,
          startDate: '2025-05-12',
          endDate: '2025-05-13',
        }),
      );
      expect(result.credited).toEqual({ public: 16, professional: 0 });
      expect(result.findings[0]).toMatchObject({ code: 'DAILY_CAP' });
      expect(result.findings[0]?.citation).toContain('闽人社办〔2023〕70号');
    },
  );

  it('completes the year for an in-service degree programme ((六) 计算完成当年的继续教育学时)', () => {
    const result = one(claimOf({ category: 'degree_program', claimedHours: 10 }));
    expect(result).toMatchObject({
      suggestion: 'approve',
      credited: { public: 30, professional: 60 },
    });
  });

  it('credits the first author 60 and other authors 30 professional hours ((八) 主创人员60学时，非主创人员30学时)', () => {
    const first = one(
      claimOf({
        category: 'outcome',
        title: '论著甲',
        details: { outcomeKind: 'book', authorRank: 1 },
      }),
    );
    const second = one(
      claimOf({
        category: 'outcome',
        title: '论文乙',
        details: { outcomeKind: 'paper', authorRank: 2 },
      }),
    );
    expect(first.credited).toEqual({ public: 0, professional: 60 });
    expect(second.credited).toEqual({ public: 0, professional: 30 });
  });

  it('holds outcomes to 60 hours a year when a first-author outcome already fills it', () => {
    const [first, second] = all([
      claimOf({
        category: 'outcome',
        title: '成果一',
        details: { outcomeKind: 'award', authorRank: 1 },
        submittedAt: at(1),
      }),
      claimOf({
        category: 'outcome',
        title: '成果二',
        details: { outcomeKind: 'award', authorRank: 3 },
        submittedAt: at(2),
      }),
    ]);
    expect(first?.suggestion).toBe('approve');
    expect(second).toMatchObject({
      suggestion: 'reject',
      findings: [expect.objectContaining({ code: 'ANNUAL_CAP' })],
    });
  });

  it('returns an outcome claim without the author rank', () => {
    expect(
      one(claimOf({ category: 'outcome', details: { outcomeKind: 'paper' } })).suggestion,
    ).toBe('return');
  });

  it('rejects the same outcome twice even when the titles differ in width, case and spacing', () => {
    const [, second] = all([
      claimOf({
        category: 'outcome',
        title: 'AI 辅助诊断研究',
        details: { outcomeKind: 'paper', authorRank: 2 },
        submittedAt: at(1),
      }),
      claimOf({
        category: 'outcome',
        title: ' ａｉ辅助诊断 研究 ',
        details: { outcomeKind: 'paper', authorRank: 2 },
        submittedAt: at(2),
      }),
    ]);
    expect(second?.findings.map((f) => f.code)).toEqual(['DUPLICATE_OUTCOME']);
  });

  it('sends every other form to manual review ((九) 设区市级以上…确认的其他继续教育形式)', () => {
    const result = one(
      claimOf({ category: 'assignment', claimedHours: 30, details: { months: 12 } }),
    );
    expect(result).toMatchObject({
      suggestion: 'manual',
      credited: { public: 0, professional: 30 },
    });
    expect(result.findings[0]).toMatchObject({
      code: 'NO_STANDARD',
      citation: '闽人社办〔2023〕70号 附件1（九）',
    });
  });
});
