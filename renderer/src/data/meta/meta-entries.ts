import { z } from 'zod';
import { checkpointSchema } from '#shared/contract/index.ts';
import type { PulledCollection } from '../sync/pull/pages.ts';

/**
 * Every key the `meta` collection holds, each with the schema of its value: the one place that
 * says what is kept there. Values are read through the schema (meta-store.ts), so a record written
 * by an older version, or damaged, reads as absent field by field instead of breaking a screen.
 */
export interface MetaEntry<T> {
  readonly key: string;
  readonly schema: z.ZodType<T>;
}

const entry = <T>(key: string, schema: z.ZodType<T>): MetaEntry<T> => ({ key, schema });

/** A field kept only when it has the right type; absent otherwise. */
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** What survives a restart of the sync's state (data/sync/sync-status.ts). */
const syncStatusSchema = z.object({
  lastSuccessAt: lenient(z.string().nullable()),
  lastError: lenient(z.string().nullable()),
  online: lenient(z.boolean()),
});

/** The end-of-day sync the reviewer set (data/sync/schedule.ts). */
const endOfDaySchema = z.object({
  enabled: lenient(z.boolean()),
  time: lenient(z.string()),
  jitterMinutes: lenient(z.number()),
});

/** The unit's filing facts the managers' rows do not carry (features/reports, 管理人员). */
const unitFilingSchema = z.object({
  responsible: lenient(z.string()),
  leadOffice: lenient(z.string()),
  industry: lenient(z.string()),
  region: lenient(z.string()),
});

/** Whether the single-key review shortcuts answer (ui/shortcuts.ts; on unless turned off). */
const shortcutsSchema = z.object({ enabled: lenient(z.boolean()) });

/** How far a collection's first full load got (data/sync/pull/bulk-state.ts). */
const bulkStateSchema = z.object({
  checkpoint: lenient(checkpointSchema),
  done: z.boolean().catch(false),
  handedOver: z.boolean().catch(false),
});

/** The disk budget for evidence files (data/sync/evidence-budget-setting.ts). */
const evidenceBudgetSchema = z.object({ bytes: lenient(z.number().int().positive()) });

/**
 * How the claim view is split between the list, the evidence and the decision, in percent of its
 * width (data/review/claim-layout-setting.ts; the panes keep their own bounds, split-panes.tsx).
 */
const claimLayoutSchema = z.object({
  listPercent: z.number().min(0).max(100),
  decisionPercent: z.number().min(0).max(100),
});

export const metaEntries = {
  syncStatus: entry('sync-status', syncStatusSchema),
  endOfDay: entry('end-of-day', endOfDaySchema),
  unitFiling: entry('unit-filing', unitFilingSchema),
  shortcuts: entry('shortcuts', shortcutsSchema),
  evidenceBudget: entry('evidence-budget', evidenceBudgetSchema),
  claimLayout: entry('claim-layout', claimLayoutSchema),
  pullBulk: (collection: PulledCollection) => entry(`pull-bulk-${collection}`, bulkStateSchema),
  /** How far pull answers made only of skipped records got (data/sync/pull/replication.ts). */
  pullSkipped: (collection: PulledCollection) =>
    entry(`pull-skipped-${collection}`, checkpointSchema),
  /** How far the `/projects` pull got (data/projects/pull-projects.ts). */
  projectsCheckpoint: entry('pull-projects', checkpointSchema),
} as const;

export type StoredSyncStatus = z.infer<typeof syncStatusSchema>;
export type StoredEndOfDay = z.infer<typeof endOfDaySchema>;
export type StoredFiling = z.infer<typeof unitFilingSchema>;
export type StoredBulkState = z.infer<typeof bulkStateSchema>;
export type StoredClaimLayout = z.infer<typeof claimLayoutSchema>;
