import { describe, expect, it } from 'vitest';
import type { RulebookId } from '../contract/index.ts';
import { evaluateAll } from './evaluate-all.ts';
import { claimOf } from './test-support.ts';

const at = (n: number): string => `2025-03-0${String(n)}T08:00:00.000Z`;

/** Standards given "a year" count once per year, however many claims share it. */
describe('yearly standards', () => {
  it.each([
    ['weihai-2022', { public: 0, professional: 40 }],
    ['fujian-2023', { public: 30, professional: 60 }],
  ] as const)(
    'rejects a second degree programme claim of the same year under %s',
    (rulebook: RulebookId, hours) => {
      const [first, second] = evaluateAll(rulebook, [
        claimOf({ category: 'degree_program', submittedAt: at(1) }),
        claimOf({ category: 'degree_program', submittedAt: at(2) }),
      ]);
      expect(first).toMatchObject({ suggestion: 'approve', credited: hours });
      expect(second).toMatchObject({
        suggestion: 'reject',
        findings: [expect.objectContaining({ code: 'ANNUAL_CAP' })],
      });
    },
  );

  it('holds two assignments of one year to 30 公需 and 60 专业 together (援派期间每年可按…认定)', () => {
    const [first, second] = evaluateAll('shandong-2021', [
      claimOf({ category: 'assignment', details: { months: 8 }, submittedAt: at(1) }),
      claimOf({ category: 'assignment', details: { months: 6 }, submittedAt: at(2) }),
    ]);
    expect(first?.credited).toEqual({ public: 20, professional: 40 });
    expect(second).toMatchObject({
      suggestion: 'approve',
      credited: { public: 10, professional: 20 },
    });
    expect(second?.findings.map((f) => f.code)).toEqual(['PRORATED', 'ANNUAL_CAP']);
  });
});
