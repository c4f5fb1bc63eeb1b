import { map } from 'rxjs';
import type { Unit } from '#shared/contract/index.ts';
import type { ReviewerDatabase } from '../../data/db/database.ts';
import {
  watchFiling,
  watchManagers,
  type StoredManager,
} from '../../data/managers/managers-repo.ts';
import { useObservable } from '../../ui/use-observable.ts';
import { filingFromMeta, type UnitFiling } from './managers-model.ts';

/** The kept managers, live; undefined while loading. */
export function useManagers(db: ReviewerDatabase): StoredManager[] | undefined {
  return useObservable<StoredManager[] | undefined>(() => watchManagers(db), [db], undefined);
}

/** The unit's filing facts (负责人, 牵头处室, 所属行业, 所属地区), live; undefined while loading. */
export function useFiling(db: ReviewerDatabase, unit: Unit): UnitFiling | undefined {
  return useObservable<UnitFiling | undefined>(
    () => watchFiling(db).pipe(map((kept) => filingFromMeta(unit, kept))),
    [db, unit],
    undefined,
  );
}
