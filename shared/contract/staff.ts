import { z } from 'zod';
import { genders, isoDate, isoTime, recordId, titleLevels } from './common.ts';

export const staffStatuses = ['pending_registration', 'active', 'transferred_out'] as const;
export type StaffStatus = (typeof staffStatuses)[number];

/** Hours certified by the former region's authority for a transferred-in person (合并计算). */
export const transferredInSchema = z.object({
  year: z.number().int(),
  publicHours: z.number(),
  professionalHours: z.number(),
  certificateNo: z.string(),
});
export type TransferredIn = z.infer<typeof transferredInSchema>;

/** (1.1) An entry in the 职称评审诚信档案, made by a reject or revoke with integrityMark. */
export const integrityRecordSchema = z.object({
  claimId: z.string(),
  recordedAt: isoTime,
  until: isoDate,
});
export type IntegrityRecord = z.infer<typeof integrityRecordSchema>;

/** A person's own fields: a staff record's, and a transfer's `person`. */
export const personFields = {
  name: z.string().max(50),
  idNumber: z.string(),
  gender: z.enum(genders).optional(),
  phone: z.string().optional(),
  department: z.string().optional(),
  title: z.string().optional(),
  titleLevel: z.enum(titleLevels).optional(),
  specialty: z.string().optional(),
};

export const staffSchema = z.object({
  id: recordId,
  unitId: z.string(),
  ...personFields,
  status: z.enum(staffStatuses),
  transferredInHours: z.array(transferredInSchema).optional(),
  integrityRecords: z.array(integrityRecordSchema).optional(),
  updatedAt: isoTime,
  revision: z.number().int().min(1),
  deleted: z.boolean(),
});
export type Staff = z.infer<typeof staffSchema>;
