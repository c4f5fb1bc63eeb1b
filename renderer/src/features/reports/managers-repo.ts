import { useEffect, useState } from 'react';
import type { Unit } from '#shared/contract/index.ts';
import { normalizeManager, type Manager } from '#shared/sheets/managers.ts';
import type { ReviewerDatabase } from '../../data/db/database.ts';
import type { ManagerDoc } from '../../data/db/schemas.ts';
import {
  filingFromMeta,
  filingKey,
  type StoredManager,
  type UnitFiling,
} from './managers-model.ts';

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

/** The kept managers, live, sorted by department then name; undefined while loading. */
export function useManagers(db: ReviewerDatabase): StoredManager[] | undefined {
  const [managers, setManagers] = useState<StoredManager[] | undefined>(undefined);
  useEffect(() => {
    const collator = new Intl.Collator('zh-Hans-CN');
    const subscription = db.managers.find().$.subscribe((docs) => {
      setManagers(
        docs
          .map((doc) => toStored(doc.toMutableJSON()))
          .sort(
            (a, b) =>
              collator.compare(a.department, b.department) || collator.compare(a.name, b.name),
          ),
      );
    });
    return () => subscription.unsubscribe();
  }, [db]);
  return managers;
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

/** The unit's filing facts (负责人, 牵头处室, 所属行业, 所属地区), live. */
export function useFiling(db: ReviewerDatabase, unit: Unit): UnitFiling | undefined {
  const [filing, setFiling] = useState<UnitFiling | undefined>(undefined);
  useEffect(() => {
    const subscription = db.meta.findOne(filingKey).$.subscribe((doc) => {
      setFiling(filingFromMeta(unit, doc?.toMutableJSON().value));
    });
    return () => subscription.unsubscribe();
  }, [db, unit]);
  return filing;
}

export async function saveFiling(db: ReviewerDatabase, filing: UnitFiling): Promise<void> {
  await db.meta.upsert({ key: filingKey, value: { ...filing } });
}
