import {
  attendanceClaim,
  type Claim,
  type Project,
  type Staff,
} from '../../shared/contract/index.ts';
import { chinaDateOf } from '../db/integrity.ts';
import { personName } from './people.ts';
import type { Random } from './random.ts';
import { dayMs } from './request-parts.ts';
import { seededUuid } from './seeded-uuid.ts';

/**
 * A unit's own training projects (培训项目备案): two of the past with their attendance filed
 * (the claims made, some already approved), one ended with no attendance yet, and one starting in
 * the coming weeks. Filed 6–20 days before the start, as a unit that keeps Jining's 5 working
 * days would; one of the past ones only 3 days before, for the rules to catch.
 */
export interface ProjectContext {
  readonly unitId: string;
  readonly unitName: string;
  readonly staff: readonly Omit<Staff, 'updatedAt'>[];
  readonly nowMs: number;
}

const topics = [
  ['护理质量管理培训班', 'professional'],
  ['医德医风与法律法规专题讲座', 'public'],
  ['院内感染防控技能培训', 'professional'],
  ['科研设计与论文写作研修班', 'professional'],
] as const;

/** A project held from `startDay` for `days` days (days counted from now), filed `lead` days before. */
function project(
  r: Random,
  ctx: ProjectContext,
  n: number,
  startDay: number,
  days: number,
  lead: number,
) {
  // A project stays inside one year: one that would cross New Year starts after it.
  let startMs = ctx.nowMs + startDay * dayMs;
  const start = chinaDateOf(startMs);
  if (start.slice(0, 4) !== chinaDateOf(startMs + (days - 1) * dayMs).slice(0, 4)) {
    startMs += days * dayMs;
  }
  // Never after now: a project still to come was filed `lead` days ahead, or today at the latest.
  const filedMs = Math.min(startMs - lead * dayMs, ctx.nowMs) - r.int(0, 8) * 3_600_000;
  const [title, subject] = topics[n % topics.length] ?? topics[0];
  const stampedAt = new Date(filedMs).toISOString();
  const doc: Omit<Project, 'updatedAt'> & { updatedAt?: string } = {
    projectId: seededUuid(r),
    title: `${new Date(startMs).getUTCFullYear()} 年${title}`,
    organizer: ctx.unitName,
    subject,
    form: r.pick(['face_to_face', 'face_to_face', 'blended'] as const),
    startDate: chinaDateOf(startMs),
    endDate: chinaDateOf(startMs + (days - 1) * dayMs),
    hours: r.pick([6, 8]) * days,
    venue: r.pick(['学术报告厅', '第一会议室', '培训中心']),
    plannedAttendees: r.int(20, 80),
    contact: { name: personName(r), phone: `0631-5${String(r.int(0, 999_999)).padStart(6, '0')}` },
    id: '',
    unitId: ctx.unitId,
    filedAt: stampedAt,
    filedDate: chinaDateOf(filedMs),
    revision: 1,
    deleted: false,
  };
  return { ...doc, id: doc.projectId };
}

export function makeProjects(r: Random, ctx: ProjectContext) {
  const active = ctx.staff.filter((s) => s.status === 'active' && !s.deleted);
  if (active.length < 8) return { projects: [], claims: [] };
  const past = [
    project(r, ctx, 0, -r.int(60, 120), 2, r.int(6, 20)),
    project(r, ctx, 1, -r.int(20, 50), 1, 3),
  ];
  const ended = project(r, ctx, 2, -r.int(3, 10), 1, r.int(6, 15));
  const coming = project(r, ctx, 3, r.int(10, 28), 2, r.int(1, 4));
  const claims: Omit<Claim, 'updatedAt'>[] = [];
  for (const [p, held] of past.entries()) {
    const attendees = [...active]
      .sort(() => r.next() - 0.5)
      .slice(0, r.int(5, Math.min(12, active.length)));
    const filedAt = new Date(
      Date.parse(`${held.endDate}T10:00:00.000Z`) + r.int(1, 5) * dayMs,
    ).toISOString();
    for (const [n, person] of attendees.entries()) {
      const hours = r.chance(0.85) ? held.hours : held.hours / 2;
      const claim = attendanceClaim(
        { ...held, updatedAt: filedAt },
        `${ctx.unitId}-P${p + 1}-${n + 1}`,
        person.id,
        hours,
        filedAt,
      );
      const { updatedAt: _stamp, ...made } = claim;
      // The older project's claims have mostly been approved already.
      claims.push(
        p === 0 && r.chance(0.7)
          ? {
              ...made,
              status: 'unit_approved',
              creditedHours: {
                public: held.subject === 'public' ? hours : 0,
                professional: held.subject === 'public' ? 0 : hours,
              },
              decision: {
                decisionId: seededUuid(r),
                outcome: 'approve',
                reviewerName: personName(r),
                decidedAt: new Date(Date.parse(filedAt) + dayMs).toISOString(),
              },
              revision: 2,
            }
          : made,
      );
    }
  }
  return { projects: [...past, ended, coming], claims };
}
