import { map, type Observable } from 'rxjs';
import { normalizeManager, type Manager } from '#shared/sheets/managers.ts';
import type { ReviewerDatabase } from '../db/database.ts';
import type { ManagerDoc } from '../db/schemas.ts';
import { metaEntries, type StoredFiling } from '../meta/meta-entries.ts';
import { watchMeta, writeMeta } from '../meta/meta-store.ts';

/** A manager as kept in db.managers: the model's fields plus the record's identity. */
export interface StoredManager extends Manager {
  readonly id: string;
}

function toStored(doc: ManagerDoc): StoredManager {
  return {
    id: doc.id,
    department: doc.department,
    name: doc.name,
    title: doc.title,
    idNumber: doc.idNumber,
    mobile: doc.mobile,
    landline: doc.landline,
  };
}

/** The kept managers, sorted by department then name, as they change. */
export function watchManagers(db: ReviewerDatabase): Observable<StoredManager[]> {
  const collator = new Intl.Collator('zh-Hans-CN');
  return db.managers
    .find()
    .$.pipe(
      map((docs) =>
        docs
          .map((doc) => toStored(doc.toMutableJSON()))
          .sort(
            (a, b) =>
              collator.compare(a.department, b.department) || collator.compare(a.name, b.name),
          ),
      ),
    );
}

/** Adds (no id) or replaces one manager, normalised as the sheets print it. */
export async function saveManager(
  db: ReviewerDatabase,
  manager: Manager,
  id?: string,
): Promise<void> {
  const m = normalizeManager(manager);
  await db.managers.upsert({
    id: id ?? crypto.randomUUID(),
    department: m.department,
    name: m.name,
    title: m.title,
    idNumber: m.idNumber,
    mobile: m.mobile,
    landline: m.landline,
    updatedAt: new Date().toISOString(),
  });
}

export async function deleteManager(db: ReviewerDatabase, id: string): Promise<void> {
  const doc = await db.managers.findOne(id).exec();
  await doc?.remove();
}

/** The unit's filing facts as kept, each field only when readable, as they change. */
export function watchFiling(db: ReviewerDatabase): Observable<StoredFiling | undefined> {
  return watchMeta(db, metaEntries.unitFiling);
}

export function saveFiling(db: ReviewerDatabase, filing: StoredFiling): Promise<void> {
  return writeMeta(db, metaEntries.unitFiling, filing);
}
