import { z } from 'zod';
import { isoTime, uuid } from './common.ts';
import { claimSchema, decisionOutcomes } from './claim.ts';
import { changeRequestSchema, transferSchema } from './requests.ts';
import { staffSchema } from './staff.ts';

/** What a decision decides: a claim, a registration, and (1.1) a change request or transfer. */
export const decisionTargetKinds = ['claim', 'registration', 'change', 'transfer'] as const;
export type DecisionTargetKind = (typeof decisionTargetKinds)[number];
export const maxDecisionsPerBatch = 200;

/** A decision as pushed: the contract forbids unknown fields in a request, at every level. */
export const decisionSchema = z.strictObject({
  decisionId: uuid,
  target: z.strictObject({ kind: z.enum(decisionTargetKinds), id: z.string().max(64) }),
  baseRevision: z.number().int().min(1),
  outcome: z.enum(decisionOutcomes),
  note: z.string().max(500).optional(),
  creditedHours: z
    .strictObject({ public: z.number().min(0), professional: z.number().min(0) })
    .optional(),
  reason: z.string().max(500).optional(),
  integrityMark: z.boolean().optional(),
  reviewerName: z.string().max(50),
  decidedAt: isoTime,
});
export type Decision = z.infer<typeof decisionSchema>;

export const decisionBatchSchema = z.strictObject({
  decisions: z.array(decisionSchema).min(1).max(maxDecisionsPerBatch),
});

export const decisionResultStatuses = ['applied', 'duplicate', 'conflict', 'invalid'] as const;
export type DecisionResultStatus = (typeof decisionResultStatuses)[number];

export const decisionResultSchema = z.object({
  decisionId: z.string(),
  status: z.enum(decisionResultStatuses),
  claim: claimSchema.optional(),
  staff: staffSchema.optional(),
  change: changeRequestSchema.optional(),
  transfer: transferSchema.optional(),
  detail: z.string().optional(),
});
export type DecisionResult = z.infer<typeof decisionResultSchema>;

export const decisionResultsSchema = z.object({ results: z.array(decisionResultSchema) });
