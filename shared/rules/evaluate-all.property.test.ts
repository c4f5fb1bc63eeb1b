import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absenceKinds,
  categories,
  competitionLevels,
  outcomeKinds,
  rulebookIds,
  type Claim,
  type Hours,
} from '../contract/index.ts';
import { evaluateAll } from './evaluate-all.ts';
import { isCredited } from './ledger.ts';
import { roundHours } from './rounding.ts';
import { rulebooks } from './rulebooks.ts';
import { claimOf, evidence } from './test-support.ts';
import type { Evaluation, Rulebook } from './types.ts';

const tenths = fc.integer({ min: 0, max: 400 }).map((n) => n / 10);

const claimArb = fc
  .record({
    staff: fc.constantFrom('s-1', 's-2'),
    year: fc.constantFrom(2025, 2025, 2025, 2024),
    // Capped categories come often, so claims meet in the same person, year and group.
    category: fc.oneof(
      { arbitrary: fc.constantFrom(...categories), weight: 1 },
      {
        arbitrary: fc.constantFrom(
          'computer_exam' as const,
          'self_study_exam' as const,
          'degree_program' as const,
          'outcome' as const,
          'assignment' as const,
        ),
        weight: 3,
      },
    ),
    credited: fc.boolean().chain((maybe) => (maybe ? fc.boolean() : fc.constant(false))),
    hasEvidence: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
    subject: fc.option(fc.constantFrom('public' as const, 'professional' as const), {
      nil: undefined,
    }),
    title: fc.constantFrom('论文甲', '论文乙', 'ＡＩ 研究', 'ai研究', '课题丙'),
    claimedHours: fc.oneof(tenths, fc.double({ min: 0, max: 60, noNaN: true })),
    creditedPublic: tenths,
    creditedProfessional: tenths,
    startDay: fc.integer({ min: 1, max: 27 }),
    days: fc.integer({ min: 1, max: 3 }),
    // Few distinct times, so ties in submittedAt are common and the id tie-break is tested.
    second: fc.integer({ min: 0, max: 3 }),
    details: fc.record(
      {
        level: fc.constantFrom(...competitionLevels),
        grade: fc.constantFrom('A' as const, 'B' as const, 'C' as const),
        modules: fc.integer({ min: 1, max: 8 }),
        courses: fc.integer({ min: 1, max: 6 }),
        authorRank: fc.integer({ min: 1, max: 3 }),
        outcomeKind: fc.constantFrom(...outcomeKinds.slice(0, 2)),
        months: fc.integer({ min: 1, max: 12 }),
        absenceKind: fc.constantFrom(...absenceKinds),
        certificateNo: fc.constant('ZG-1'),
      },
      { requiredKeys: ['modules', 'courses', 'outcomeKind', 'months', 'authorRank'] },
    ),
  })
  .map((r) => {
    const month = r.year === 2024 ? '05' : '06';
    const day = (d: number): string => `${String(r.year)}-${month}-${String(d).padStart(2, '0')}`;
    return (index: number): Claim =>
      claimOf({
        id: `p-${String(index)}`,
        staffId: r.staff,
        year: r.year,
        category: r.category,
        ...(r.subject === undefined ? {} : { subject: r.subject }),
        title: r.title,
        claimedHours: r.claimedHours,
        startDate: day(r.startDay),
        endDate: day(r.startDay + r.days - 1),
        details: { ...r.details, filedAt: day(1) },
        attachments: r.hasEvidence ? [evidence] : [],
        status: r.credited ? 'unit_approved' : 'submitted',
        ...(r.credited
          ? { creditedHours: { public: r.creditedPublic, professional: r.creditedProfessional } }
          : {}),
        submittedAt: `2025-01-01T00:00:${String(r.second).padStart(2, '0')}.000Z`,
      });
  });

const claimsArb = fc
  .array(claimArb, { maxLength: 30 })
  .map((makers) => makers.map((make, i) => make(i)));
const bookArb = fc.constantFrom(...rulebookIds).map((id) => rulebooks[id]);

/** Sum of credited hours per person, year and cap group, from credited claims only or with approvals. */
function groupSums(
  book: Rulebook,
  claims: readonly Claim[],
  approved: Map<string, Hours>,
): Map<string, Hours> {
  const sums = new Map<string, Hours>();
  for (const claim of claims) {
    const group = book.rules[claim.category]?.capGroup;
    if (group === undefined) continue;
    const hours = isCredited(claim)
      ? {
          public: claim.creditedHours?.public ?? 0,
          professional: claim.creditedHours?.professional ?? 0,
        }
      : approved.get(claim.id);
    if (hours === undefined) continue;
    const key = `${claim.staffId}|${String(claim.year)}|${group.id}`;
    const sum = sums.get(key) ?? { public: 0, professional: 0 };
    sums.set(key, {
      public: sum.public + hours.public,
      professional: sum.professional + hours.professional,
    });
  }
  return sums;
}

function approvals(results: readonly Evaluation[]): Map<string, Hours> {
  return new Map(
    results.filter((r) => r.suggestion === 'approve').map((r) => [r.claimId, r.credited]),
  );
}

function limitOf(book: Rulebook, key: string): Hours {
  const groupId = key.split('|')[2];
  const group = Object.values(book.rules).find((rule) => rule.capGroup?.id === groupId)?.capGroup;
  if (group === undefined) throw new Error(`no group ${String(groupId)}`);
  return group.limit;
}

const epsilon = 1e-9;

describe('evaluateAll properties', () => {
  it('never credits past a cap group when pending claims are added to what was credited', () => {
    fc.assert(
      fc.property(bookArb, claimsArb, (book, claims) => {
        const before = groupSums(book, claims, new Map());
        const results = evaluateAll(book, claims);
        const credited = new Map(
          results.filter((r) => r.suggestion !== 'manual').map((r) => [r.claimId, r.credited]),
        );
        for (const [key, sum] of groupSums(book, claims, credited)) {
          const limit = limitOf(book, key);
          const already = before.get(key) ?? { public: 0, professional: 0 };
          expect(sum.public).toBeLessThanOrEqual(Math.max(limit.public, already.public) + epsilon);
          expect(sum.professional).toBeLessThanOrEqual(
            Math.max(limit.professional, already.professional) + epsilon,
          );
        }
      }),
    );
  });

  it('never passes a cap when every approve suggestion is applied and the rest evaluated again', () => {
    fc.assert(
      fc.property(bookArb, claimsArb, (book, claims) => {
        const before = groupSums(book, claims, new Map());
        const approved = approvals(evaluateAll(book, claims));
        const applied = claims.map((claim): Claim => {
          const hours = approved.get(claim.id);
          return hours === undefined
            ? claim
            : { ...claim, status: 'unit_approved', creditedHours: hours };
        });
        const again = approvals(evaluateAll(book, applied));
        for (const [key, sum] of groupSums(book, applied, again)) {
          const limit = limitOf(book, key);
          const already = before.get(key) ?? { public: 0, professional: 0 };
          expect(sum.public).toBeLessThanOrEqual(Math.max(limit.public, already.public) + epsilon);
          expect(sum.professional).toBeLessThanOrEqual(
            Math.max(limit.professional, already.professional) + epsilon,
          );
        }
      }),
    );
  });

  it('gives the same result per claim whatever the order of the input array', () => {
    fc.assert(
      fc.property(
        bookArb,
        claimsArb.chain((claims) =>
          fc.tuple(fc.constant(claims), fc.shuffledSubarray(claims, { minLength: claims.length })),
        ),
        (book, [claims, shuffled]) => {
          const byId = (results: Evaluation[]): Map<string, Evaluation> =>
            new Map(results.map((r) => [r.claimId, r]));
          expect(byId(evaluateAll(book, shuffled))).toEqual(byId(evaluateAll(book, claims)));
        },
      ),
    );
  });

  it('credits only non-negative hours of one decimal', () => {
    fc.assert(
      fc.property(bookArb, claimsArb, (book, claims) => {
        for (const { credited } of evaluateAll(book, claims)) {
          for (const value of [credited.public, credited.professional]) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(roundHours(value)).toBe(value);
          }
        }
      }),
    );
  });
});

describe('roundHours properties', () => {
  it('is stable when applied twice', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2000, noNaN: true }), (x) => {
        expect(roundHours(roundHours(x))).toBe(roundHours(x));
      }),
    );
  });

  it('stays within half a tenth of the input', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2000, noNaN: true }), (x) => {
        expect(Math.abs(roundHours(x) - x)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });

  it('rounds a written half up when the value has two decimals ending in 5', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 19_999 }), (k) => {
        const written = Number(`${String(Math.floor(k / 10))}.${String(k % 10)}5`);
        expect(roundHours(written)).toBe((k + 1) / 10);
      }),
    );
  });
});
