import { z } from 'zod';

/** UTC ISO-8601 time, as the contract's conventions require. */
export const isoTime = z.iso.datetime({ offset: false });
/** Calendar date, YYYY-MM-DD. */
export const isoDate = z.iso.date();
/** Path-safe identifier (the contract's unitId and attachmentId pattern). */
export const pathId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const checkpointSchema = z.object({ updatedAt: isoTime, id: z.string() });
export type Checkpoint = z.infer<typeof checkpointSchema>;

export const rulebookIds = [
  'shandong-2021',
  'jining-2020',
  'weihai-2022',
  'sdsmu-2025',
  'fujian-2023',
] as const;
export type RulebookId = (typeof rulebookIds)[number];

export const unitSchema = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string(),
  region: z.string(),
  industry: z.string().optional(),
  supervisor: z.string().optional(),
  rulebook: z.enum(rulebookIds),
});
export type Unit = z.infer<typeof unitSchema>;

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const sessionSchema = z.object({
  token: z.string(),
  expiresAt: isoTime,
  mustChangePassword: z.boolean(),
  admin: z.object({ id: z.string(), name: z.string() }),
  unit: unitSchema,
});
export type Session = z.infer<typeof sessionSchema>;
