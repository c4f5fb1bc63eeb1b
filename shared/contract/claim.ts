import { z } from 'zod';
import { maxCreditedHours } from './bounds.ts';
import { attachmentSchema, isoDate, isoTime, recordId } from './common.ts';

export const categories = [
  'online_course',
  'training',
  'expert_service',
  'assignment',
  'qualification_exam',
  'title_language_exam',
  'computer_exam',
  'competition',
  'self_study_exam',
  'degree_program',
  'outcome',
  'long_absence',
  'other',
] as const;
export type Category = (typeof categories)[number];

export const claimStatuses = [
  'submitted',
  'unit_approved',
  'unit_rejected',
  'returned',
  'withdrawn',
  'dept_approved',
  'dept_rejected',
  'recorded',
] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

export const subjects = ['public', 'professional'] as const;
export type Subject = (typeof subjects)[number];

export const outcomeKinds = [
  'project',
  'award',
  'patent',
  'standard',
  'paper',
  'book',
  'translation',
] as const;
export const competitionLevels = ['national', 'provincial', 'city', 'county'] as const;
export const absenceKinds = ['abroad', 'sick_leave', 'maternity', 'other'] as const;
/** Who filed a claim (1.1): `unit` for hours filed through a project's attendance. */
export const claimFilers = ['staff', 'unit'] as const;
/** A decision's outcome; `return` is for claims only, `revoke` (1.1) too. */
export const decisionOutcomes = ['approve', 'reject', 'return', 'revoke'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

export const hoursSchema = z.object({
  public: z.number().min(0).max(maxCreditedHours),
  professional: z.number().min(0).max(maxCreditedHours),
});
export type Hours = z.infer<typeof hoursSchema>;

export const claimDetailsSchema = z.object({
  level: z.enum(competitionLevels).optional(),
  grade: z.enum(['A', 'B', 'C']).optional(),
  modules: z.number().int().min(1).optional(),
  courses: z.number().int().min(1).optional(),
  authorRank: z.number().int().min(1).optional(),
  outcomeKind: z.enum(outcomeKinds).optional(),
  months: z.number().int().min(1).max(12).optional(),
  absenceKind: z.enum(absenceKinds).optional(),
  filedAt: isoDate.optional(),
  certificateNo: z.string().optional(),
  projectId: z.string().optional(),
});
export type ClaimDetails = z.infer<typeof claimDetailsSchema>;

/** The unit's applied decision as a claim carries it. */
export const appliedDecisionSchema = z.object({
  decisionId: z.string().optional(),
  outcome: z.enum(decisionOutcomes).optional(),
  reason: z.string().optional(),
  integrityMark: z.boolean().optional(),
  reviewerName: z.string().optional(),
  decidedAt: isoTime.optional(),
});
export type AppliedDecision = z.infer<typeof appliedDecisionSchema>;

export const claimSchema = z.object({
  id: recordId,
  unitId: z.string(),
  staffId: z.string(),
  year: z.number().int().min(2016).max(2100),
  category: z.enum(categories),
  subject: z.enum(subjects).optional(),
  title: z.string().max(200),
  organizer: z.string().max(200).optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  claimedHours: z.number().min(0).max(maxCreditedHours),
  details: claimDetailsSchema.optional(),
  attachments: z.array(attachmentSchema),
  status: z.enum(claimStatuses),
  creditedHours: z
    .object({ public: z.number().optional(), professional: z.number().optional() })
    .optional(),
  decision: appliedDecisionSchema.optional(),
  filedBy: z.enum(claimFilers).optional(),
  submittedAt: isoTime,
  updatedAt: isoTime,
  revision: z.number().int().min(1),
  deleted: z.boolean(),
});
export type Claim = z.infer<typeof claimSchema>;
