import { z } from 'zod';
import { isoTime } from './common.ts';

export const staffStatuses = ['pending_registration', 'active', 'transferred_out'] as const;
export type StaffStatus = (typeof staffStatuses)[number];
export const titleLevels = ['初级', '中级', '副高级', '正高级'] as const;

export const transferredInSchema = z.object({
  year: z.number().int(),
  publicHours: z.number().min(0).max(2000),
  professionalHours: z.number().min(0).max(2000),
  certificateNo: z.string(),
});
export type TransferredIn = z.infer<typeof transferredInSchema>;

export const staffSchema = z.object({
  id: z.string().min(1).max(64),
  unitId: z.string(),
  name: z.string().max(50),
  idNumber: z.string(),
  gender: z.enum(['男', '女']).optional(),
  phone: z.string().optional(),
  department: z.string().optional(),
  title: z.string().optional(),
  titleLevel: z.enum(titleLevels).optional(),
  specialty: z.string().optional(),
  status: z.enum(staffStatuses),
  transferredInHours: z.array(transferredInSchema).optional(),
  updatedAt: isoTime,
  revision: z.number().int().min(1),
  deleted: z.boolean(),
});
export type Staff = z.infer<typeof staffSchema>;
