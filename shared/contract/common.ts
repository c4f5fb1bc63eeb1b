import { z } from 'zod';

/**
 * The building blocks of the contract's schemas. Each reads a keyword of the OpenAPI document
 * (docs/provincial-api/openapi.yaml) together with what README.md beside it adds; the test in
 * tests/contract proves the schemas accept and refuse the same documents as a standard JSON
 * Schema validator reading that document, and docs/contract.md lists where the README narrows it.
 */

/** `format: date-time` as the README's conventions write it: UTC, milliseconds, trailing Z. */
export const isoTime = z.iso.datetime({ offset: false, precision: 3 });
/** `format: date`: a calendar date, YYYY-MM-DD. */
export const isoDate = z.iso.date();
/** `format: uuid` of a client-made id: the README asks for random (version 4) UUIDs. */
export const uuid = z.uuidv4();
/** Path-safe identifier (the contract's unitId and attachmentId pattern). */
export const pathId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/**
 * The id of a record a decision can name: `Decision.target.id` holds at most 64 characters, so a
 * longer (or empty) id names a record no decision could reach (docs/contract.md).
 */
export const recordId = z.string().min(1).max(64);

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

export const attachmentMimeTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;

/** An evidence file of a claim, change request or transfer (`Attachment`). */
export const attachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mimeType: z.enum(attachmentMimeTypes),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const titleLevels = ['初级', '中级', '副高级', '正高级'] as const;
export const genders = ['男', '女'] as const;
