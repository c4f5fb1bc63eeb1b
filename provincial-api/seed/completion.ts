import type { Claim, Staff } from '../../shared/contract/index.ts';
import type { AttachmentRow } from './claims.ts';
import { claimIdOf } from './claims.ts';
import type { EvidenceFile } from './files.ts';
import { personName } from './people.ts';
import type { Random } from './random.ts';
import { dayMs } from './request-parts.ts';
import { seededUuid } from './seeded-uuid.ts';

/**
 * How far the demo's staff have come, relative to today: about half of the active staff have
 * already met this year (公需 ≥ 30 and 专业 ≥ 60 credited), the rest are short by varied amounts,
 * and last year most of them met it. Decided per person first; the met get the claims that
 * credit them, the short lose credit they reached by chance.
 */
export const yearGoal = { public: 30, professional: 60 } as const;
const shareMetThisYear = 0.5;
const shareMetLastYear = 0.85;
const creditedStatuses = new Set(['unit_approved', 'dept_approved', 'recorded']);

export interface CompletionPlan {
  readonly year: number;
  /** Staff id → [met this year, met last year]. */
  readonly met: ReadonlyMap<string, readonly [boolean, boolean]>;
}

export function planCompletion(
  r: Random,
  staff: readonly Omit<Staff, 'updatedAt'>[],
  nowMs: number,
): CompletionPlan {
  const active = staff.filter((s) => s.status === 'active' && !s.deleted);
  return {
    year: new Date(nowMs).getUTCFullYear(),
    met: new Map(
      active.map((s) => [s.id, [r.chance(shareMetThisYear), r.chance(shareMetLastYear)]] as const),
    ),
  };
}

/** What a person's claims credit in a year. */
export function creditedOf(
  claims: readonly Omit<Claim, 'updatedAt'>[],
  staffId: string,
  year: number,
) {
  const credited = { public: 0, professional: 0 };
  for (const claim of claims) {
    if (claim.staffId !== staffId || claim.year !== year || !creditedStatuses.has(claim.status)) {
      continue;
    }
    credited.public += claim.creditedHours?.public ?? 0;
    credited.professional += claim.creditedHours?.professional ?? 0;
  }
  return credited;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface CompletionContext {
  readonly unitId: string;
  readonly files: readonly EvidenceFile[];
  readonly nowMs: number;
  /** Claim ids go on from this index. */
  readonly firstIndex: number;
  /** At most this many claims. */
  readonly budget: number;
}

/**
 * For each person planned to have met a year (this year first): a 公需 course the platform
 * recorded and an approved 专业 training, together exactly the year's goal.
 */
export function completionClaims(r: Random, plan: CompletionPlan, ctx: CompletionContext) {
  const claims: Omit<Claim, 'updatedAt'>[] = [];
  const attachments: AttachmentRow[] = [];
  for (const [pass, year] of [plan.year, plan.year - 1].entries()) {
    const firstMs = Date.UTC(year, 0, 1);
    const lastMs = year === plan.year ? ctx.nowMs - 2 * dayMs : Date.UTC(year, 11, 31);
    const dayIn = (latestMs: number) =>
      firstMs + r.int(0, Math.max(0, Math.floor((latestMs - firstMs) / dayMs))) * dayMs;
    for (const [staffId, met] of plan.met) {
      if (!met[pass] || claims.length + 2 > ctx.budget) continue;
      const base = { unitId: ctx.unitId, staffId, year, deleted: false } as const;
      const courseMs = dayIn(lastMs);
      claims.push({
        ...base,
        id: claimIdOf(ctx.unitId, ctx.firstIndex + claims.length),
        category: 'online_course',
        subject: 'public',
        title: `${year}年公需科目：${r.pick(['数字经济与创新驱动', '专业技术人员职业道德', '法治素养提升'])}`,
        organizer: '省专业技术人员继续教育公共服务平台',
        claimedHours: yearGoal.public,
        details: {},
        attachments: [],
        status: 'recorded',
        creditedHours: { public: yearGoal.public, professional: 0 },
        submittedAt: new Date(courseMs + 12 * 3_600_000).toISOString(),
        revision: 1,
      });
      // 60 hours at 8 a day: eight days of training.
      const startMs = dayIn(lastMs - 8 * dayMs);
      const id = claimIdOf(ctx.unitId, ctx.firstIndex + claims.length);
      const file = r.pick(ctx.files);
      const attachment = {
        id: `${id}-A1`,
        fileName: `结业证书.${file.extension}`,
        mimeType: file.mimeType,
        size: file.bytes.length,
        sha256: file.sha256,
      };
      attachments.push({ ...attachment, ownerId: id });
      const submittedMs = Math.min(ctx.nowMs - dayMs, startMs + r.int(9, 20) * dayMs);
      claims.push({
        ...base,
        id,
        category: 'training',
        subject: 'professional',
        title: r.pick(['专业技术人员知识更新工程高级研修班', '业务骨干能力提升研修班']),
        organizer: r.pick(['山东省人力资源和社会保障厅', '中华医学会', '山东省土木建筑学会']),
        startDate: isoDay(startMs),
        endDate: isoDay(startMs + 7 * dayMs),
        claimedHours: yearGoal.professional,
        details: {},
        attachments: [attachment],
        status: r.chance(0.7) ? 'unit_approved' : 'dept_approved',
        creditedHours: { public: 0, professional: yearGoal.professional },
        decision: {
          decisionId: seededUuid(r),
          outcome: 'approve',
          reviewerName: personName(r),
          decidedAt: new Date(submittedMs + dayMs).toISOString(),
        },
        submittedAt: new Date(submittedMs).toISOString(),
        revision: 2,
      });
    }
  }
  return { claims, attachments };
}

/**
 * People planned to be short of a year who reached its goal by chance give back credit: their
 * largest credited claims of that year go back to waiting for the unit, until they are short.
 */
export function keepShort(plan: CompletionPlan, claims: Omit<Claim, 'updatedAt'>[]): void {
  const byPerson = new Map<string, number[]>();
  for (const [index, claim] of claims.entries()) {
    const key = `${claim.staffId} ${String(claim.year)}`;
    byPerson.set(key, [...(byPerson.get(key) ?? []), index]);
  }
  for (const [pass, year] of [plan.year, plan.year - 1].entries()) {
    for (const [staffId, met] of plan.met) {
      if (met[pass]) continue;
      const indexes = byPerson.get(`${staffId} ${String(year)}`) ?? [];
      const isMet = () => {
        const credited = creditedOf(
          indexes.flatMap((i) => claims[i] ?? []),
          staffId,
          year,
        );
        return credited.public >= yearGoal.public && credited.professional >= yearGoal.professional;
      };
      const credited = indexes
        .filter(
          (i) => claims[i]?.status !== 'recorded' && creditedStatuses.has(claims[i]?.status ?? ''),
        )
        .sort((a, b) => (claims[b]?.claimedHours ?? 0) - (claims[a]?.claimedHours ?? 0));
      for (const index of credited) {
        const claim = claims[index];
        if (claim === undefined || !isMet()) break;
        const { creditedHours: _credit, decision: _decision, ...waiting } = claim;
        claims[index] = { ...waiting, status: 'submitted', revision: 1 };
      }
    }
  }
}
