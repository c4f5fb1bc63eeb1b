import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { closeReviewerDatabase, type ReviewerDatabase } from '../db/database.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { watchEndOfDay } from '../sync/end-of-day-setting.ts';
import { readSyncStatus } from '../sync/sync-status.ts';
import { metaEntries } from './meta-entries.ts';
import { readMeta, writeMeta } from './meta-store.ts';
import { saveShortcutsEnabled, watchShortcutsEnabled } from './shortcuts-setting.ts';

let opened: ReviewerDatabase | undefined;

afterEach(async () => {
  if (opened !== undefined) await closeReviewerDatabase(opened);
  opened = undefined;
});

async function database(): Promise<ReviewerDatabase> {
  opened = await openTestDatabase();
  return opened;
}

describe('meta store', () => {
  it('reads back what it wrote, through the entry schema', async () => {
    const db = await database();
    const checkpoint = { updatedAt: '2025-06-01T00:00:00.000Z', id: 'c-9' };
    await writeMeta(db, metaEntries.pullBulk('claims'), {
      checkpoint,
      done: true,
      handedOver: false,
    });
    expect(await readMeta(db, metaEntries.pullBulk('claims'))).toEqual({
      checkpoint,
      done: true,
      handedOver: false,
    });
    expect(await readMeta(db, metaEntries.pullBulk('staff'))).toBeUndefined();
  });

  it('keeps the readable fields of a damaged record and drops the rest', async () => {
    const db = await database();
    await db.meta.upsert({
      key: metaEntries.syncStatus.key,
      value: { lastSuccessAt: 42, lastError: '网络中断', online: 'yes' },
    });
    expect(await readSyncStatus(db)).toEqual({
      lastSuccessAt: null,
      lastError: '网络中断',
      online: true,
    });
    await db.meta.upsert({ key: metaEntries.endOfDay.key, value: { time: '18:00', enabled: 1 } });
    expect(await firstValueFrom(watchEndOfDay(db))).toEqual({
      enabled: true,
      time: '18:00',
      jitterMinutes: 15,
    });
  });

  it('reads a checkpoint of the wrong shape as none', async () => {
    const db = await database();
    await db.meta.upsert({ key: metaEntries.pullSkipped('staff').key, value: { id: 7 } });
    expect(await readMeta(db, metaEntries.pullSkipped('staff'))).toBeUndefined();
  });

  it('keeps the single-key shortcuts on until the reviewer turns them off', async () => {
    const db = await database();
    expect(await firstValueFrom(watchShortcutsEnabled(db))).toBe(true);
    await saveShortcutsEnabled(db, false);
    expect(await firstValueFrom(watchShortcutsEnabled(db))).toBe(false);
    expect(await readMeta(db, metaEntries.shortcuts)).toEqual({ enabled: false });
    await db.meta.upsert({ key: metaEntries.shortcuts.key, value: { enabled: 'no' } });
    expect(await firstValueFrom(watchShortcutsEnabled(db))).toBe(true);
  });
});
