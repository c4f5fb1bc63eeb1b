import { z } from 'zod';
import { attachmentSchema, isoDate, isoTime, recordId } from './common.ts';
import { personFields } from './staff.ts';

/**
 * (1.1) What staff ask the unit besides claims: change requests (变更审核) and transfers
 * (人员调转). Both wait for the unit as `submitted` and take approve or reject.
 */
export const requestStatuses = [
  'submitted',
  'unit_approved',
  'unit_rejected',
  'withdrawn',
] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** The unit's applied decision on a change request or transfer (`UnitDecisionRecord`). */
export const unitDecisionRecordSchema = z.object({
  decisionId: z.string().optional(),
  outcome: z.enum(['approve', 'reject']).optional(),
  reason: z.string().optional(),
  reviewerName: z.string().optional(),
  decidedAt: isoTime.optional(),
});
export type UnitDecisionRecord = z.infer<typeof unitDecisionRecordSchema>;

/** The staff fields a change request may change (the schema's description names them). */
export const changeableFields = [
  'name',
  'idNumber',
  'gender',
  'phone',
  'department',
  'title',
  'titleLevel',
  'specialty',
] as const;
export type ChangeableField = (typeof changeableFields)[number];

export const fieldChangeSchema = z.object({ from: z.string().nullable(), to: z.string() });
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/** What change requests and transfers both carry, as the person filed them and the unit decided. */
const requestFields = {
  attachments: z.array(attachmentSchema),
  status: z.enum(requestStatuses),
  decision: unitDecisionRecordSchema.optional(),
  submittedAt: isoTime,
  updatedAt: isoTime,
  revision: z.number().int().min(1),
  deleted: z.boolean(),
};

export const changeRequestSchema = z.object({
  id: recordId,
  unitId: z.string(),
  staffId: z.string(),
  changes: z
    .partialRecord(z.enum(changeableFields), fieldChangeSchema)
    .refine((changes) => Object.keys(changes).length > 0, { message: '至少要变更一项信息' }),
  reason: z.string().max(500).optional(),
  ...requestFields,
});
export type ChangeRequest = z.infer<typeof changeRequestSchema>;

export const transferDirections = ['in', 'out'] as const;
export type TransferDirection = (typeof transferDirections)[number];

export const transferSchema = z.object({
  id: recordId,
  unitId: z.string(),
  direction: z.enum(transferDirections),
  staffId: z.string().optional(),
  person: z.object(personFields),
  otherUnit: z.object({ name: z.string().max(200), region: z.string().optional() }).optional(),
  transferredInHours: z
    .array(
      z.object({
        year: z.number().int(),
        publicHours: z.number().min(0),
        professionalHours: z.number().min(0),
        certificateNo: z.string(),
      }),
    )
    .optional(),
  effectiveDate: isoDate.optional(),
  reason: z.string().max(500).optional(),
  ...requestFields,
});
export type Transfer = z.infer<typeof transferSchema>;
