// Over 250 lines: one table of what each of the 13 categories carries (`facts`), which reads
// best whole beside the claim it feeds.
import type {
  Attachment,
  Category,
  Claim,
  ClaimStatus,
  RulebookId,
} from '../../shared/contract/index.ts';
import { onlineCourses, organizers, outcomeTitles, trainingTitles } from './catalog.ts';
import type { EvidenceFile } from './files.ts';
import { personName } from './people.ts';
import type { Random } from './random.ts';
import { seededUuid } from './seeded-uuid.ts';

export interface ClaimContext {
  readonly unitId: string;
  readonly rulebook: RulebookId;
  readonly files: readonly EvidenceFile[];
  /** Claims are dated before this instant. */
  readonly nowMs: number;
}

export interface AttachmentRow extends Attachment {
  /** The claim, change request or transfer the file belongs to. */
  readonly ownerId: string;
}

const dayMs = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const weightedCategories: readonly Category[] = [
  ...Array<Category>(8).fill('training'),
  ...Array<Category>(4).fill('online_course'),
  'expert_service',
  'expert_service',
  'assignment',
  'qualification_exam',
  'title_language_exam',
  'computer_exam',
  'competition',
  'self_study_exam',
  'degree_program',
  'outcome',
  'outcome',
  'long_absence',
  'other',
];

function pickStatus(r: Random): ClaimStatus {
  const roll = r.next();
  if (roll < 0.6) return 'submitted';
  if (roll < 0.75) return 'unit_approved';
  if (roll < 0.81) return 'returned';
  if (roll < 0.86) return 'withdrawn';
  if (roll < 0.9) return 'unit_rejected';
  return roll < 0.98 ? 'dept_approved' : 'dept_rejected';
}

/** Category facts: dates, hours and details that agree with each other (unless meant to break a rule). */
function facts(r: Random, category: Category, year: number, lastDayMs: number, ctx: ClaimContext) {
  const firstDayMs = Date.UTC(year, 0, 1);
  const startMs =
    firstDayMs + r.int(0, Math.max(0, Math.floor((lastDayMs - firstDayMs) / dayMs) - 6)) * dayMs;
  const days = r.int(1, 5);
  const dates = { startDate: isoDay(startMs), endDate: isoDay(startMs + (days - 1) * dayMs) };
  // About one training or expert-service claim in twenty claims more than 8 hours a day.
  const dailyHours = (r.chance(0.05) ? r.int(9, 12) : r.int(4, 8)) * days;
  switch (category) {
    case 'training': {
      const filedMs = startMs - (r.chance(0.85) ? r.int(8, 30) : r.int(0, 4)) * dayMs;
      return {
        ...dates,
        title: r.pick(trainingTitles),
        subject: r.chance(0.3) ? 'public' : 'professional',
        claimedHours: dailyHours,
        details:
          ctx.rulebook === 'jining-2020' && r.chance(0.95) ? { filedAt: isoDay(filedMs) } : {},
      } as const;
    }
    case 'expert_service':
      return {
        ...dates,
        title: r.pick(['基层医疗机构技术帮扶', '职称评审专家', '职业资格考试阅卷']),
        claimedHours: dailyHours,
        details: {},
      };
    case 'assignment': {
      const months = r.int(3, 12);
      return {
        title: r.pick(['援疆医疗队', '乡村振兴驻村帮扶', '支教']),
        claimedHours: Math.round((90 * months) / 12),
        details: { months },
      };
    }
    case 'qualification_exam':
      return {
        title: r.pick(['执业药师资格考试', '一级注册建造师考试', '注册安全工程师考试']),
        claimedHours: 16,
        details: { certificateNo: `ZG${year}${r.int(100_000, 999_999)}` },
      };
    case 'title_language_exam': {
      const grade = r.pick(['A', 'B', 'C'] as const);
      return {
        title: '全国专业技术人员职称外语等级考试',
        claimedHours: { A: 30, B: 20, C: 10 }[grade],
        details: { grade },
      };
    }
    case 'computer_exam': {
      const modules = r.int(1, 6);
      return {
        title: '全国专业技术人员计算机应用能力考试',
        claimedHours: 5 * modules,
        details: { modules },
      };
    }
    case 'competition': {
      const level = r.pick(['national', 'provincial', 'city', 'county'] as const);
      return {
        title: r.pick(['全省护理技能大赛', '全市建筑工程技术比武', '全国临床技能竞赛']),
        claimedHours: { national: 30, provincial: 20, city: 10, county: 5 }[level],
        details: { level },
      };
    }
    case 'self_study_exam': {
      const courses = r.int(1, 5);
      return { title: '高等教育自学考试', claimedHours: 10 * courses, details: { courses } };
    }
    case 'degree_program':
      return {
        title: r.pick(['在职攻读公共卫生硕士', '在职攻读工程硕士']),
        claimedHours: 40,
        details: {},
      };
    case 'outcome': {
      const authorRank = r.int(1, 4);
      return {
        title: r.pick(outcomeTitles),
        claimedHours: authorRank === 1 && ctx.rulebook === 'fujian-2023' ? 60 : 10,
        details: {
          outcomeKind: r.pick([
            'project',
            'award',
            'patent',
            'standard',
            'paper',
            'book',
            'translation',
          ] as const),
          authorRank,
        },
      };
    }
    case 'long_absence': {
      const months = r.int(3, 11);
      return {
        title: '境外工作、病假或产假',
        claimedHours: Math.round((90 * (12 - months)) / 12),
        details: {
          absenceKind: r.pick(['abroad', 'sick_leave', 'maternity', 'other'] as const),
          months,
        },
      };
    }
    case 'online_course':
      return {
        title: r.pick(onlineCourses),
        subject: r.chance(0.5) ? 'public' : 'professional',
        claimedHours: r.pick([2, 4, 6, 10, 12]),
        details: {},
      } as const;
    case 'other':
      return {
        ...dates,
        title: r.pick(['单位组织的业务学习', '学术讲座']),
        subject: 'professional',
        claimedHours: r.int(2, 12),
        details: {},
      } as const;
  }
}

export const claimIdOf = (unitId: string, index: number) =>
  `${unitId}-C${String(index + 1).padStart(7, '0')}`;

/**
 * The same claim filed again as a new submission (a duplicate the reviewer should catch), with
 * its own id and copies of the evidence.
 */
export function duplicateClaim(
  previous: Omit<Claim, 'updatedAt'>,
  unitId: string,
  index: number,
  submittedAt: string,
): { claim: Omit<Claim, 'updatedAt'>; attachments: AttachmentRow[] } {
  const id = claimIdOf(unitId, index);
  const attachments = previous.attachments.map((a, n) => ({
    ...a,
    id: `${id}-A${n + 1}`,
    ownerId: id,
  }));
  const { decision: _decision, creditedHours: _credited, ...rest } = previous;
  return {
    claim: {
      ...rest,
      id,
      status: 'submitted',
      revision: 1,
      submittedAt,
      attachments: attachments.map(({ ownerId: _ownerId, ...a }) => a),
    },
    attachments,
  };
}

/** One claim of a staff member, with its evidence; `previousOutcome` lets outcomes repeat (a rule to catch). */
export function makeClaim(
  r: Random,
  ctx: ClaimContext,
  index: number,
  staffId: string,
  previousOutcomeTitle: string | undefined,
): { claim: Omit<Claim, 'updatedAt'>; attachments: AttachmentRow[] } {
  const id = claimIdOf(ctx.unitId, index);
  const thisYear = new Date(ctx.nowMs).getUTCFullYear();
  const year = r.chance(0.75) ? thisYear : thisYear - 1;
  const lastDayMs = year === thisYear ? ctx.nowMs - 2 * dayMs : Date.UTC(year, 11, 31);
  const category = r.pick(weightedCategories);
  const f = facts(r, category, year, lastDayMs, ctx);
  const title =
    category === 'outcome' && previousOutcomeTitle !== undefined && r.chance(0.3)
      ? previousOutcomeTitle
      : f.title;
  const isRecorded = category === 'online_course';
  const status = isRecorded ? 'recorded' : pickStatus(r);
  const hasEvidence = !isRecorded && !r.chance(0.06);
  const attachments: AttachmentRow[] = hasEvidence
    ? Array.from({ length: r.int(1, 2) }, (_, n) => {
        const file = r.pick(ctx.files);
        return {
          id: `${id}-A${n + 1}`,
          ownerId: id,
          fileName: `${file.extension === 'pdf' ? '证书' : '照片'}${n + 1}.${file.extension}`,
          mimeType: file.mimeType,
          size: file.bytes.length,
          sha256: file.sha256,
        };
      })
    : [];
  const submittedMs = Math.min(ctx.nowMs - dayMs, lastDayMs + r.int(1, 20) * dayMs);
  const subject = 'subject' in f ? f.subject : undefined;
  const credited = {
    public: subject === 'public' ? f.claimedHours : 0,
    professional: subject === 'public' ? 0 : f.claimedHours,
  };
  const isDecided = status !== 'submitted' && status !== 'withdrawn' && !isRecorded;
  const outcome =
    status === 'returned' ? 'return' : status.endsWith('rejected') ? 'reject' : 'approve';
  const claim: Omit<Claim, 'updatedAt'> = {
    id,
    unitId: ctx.unitId,
    staffId,
    year,
    category,
    ...(subject === undefined ? {} : { subject }),
    title,
    organizer: r.pick(organizers),
    ...('startDate' in f ? { startDate: f.startDate, endDate: f.endDate } : {}),
    claimedHours: f.claimedHours,
    details: f.details,
    attachments: attachments.map(({ ownerId: _ownerId, ...attachment }) => attachment),
    status,
    ...(isRecorded || status === 'unit_approved' || status === 'dept_approved'
      ? { creditedHours: credited }
      : {}),
    ...(isDecided
      ? {
          decision: {
            decisionId: seededUuid(r),
            outcome,
            ...(outcome === 'approve'
              ? {}
              : {
                  reason:
                    outcome === 'return' ? '请补充培训通知和考核证明。' : '不符合学时认定条件。',
                }),
            reviewerName: personName(r),
            decidedAt: new Date(submittedMs + dayMs).toISOString(),
          },
        }
      : {}),
    submittedAt: new Date(submittedMs + r.int(0, 86_399_999)).toISOString(),
    revision: isDecided ? 2 : 1,
    deleted: false,
  };
  return { claim, attachments };
}
