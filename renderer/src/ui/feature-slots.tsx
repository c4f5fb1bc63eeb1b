import { createContext, useContext, type ComponentType, type Ref } from 'react';
import type { Claim, Staff } from '#shared/contract/index.ts';
import type { InboxItem } from '../data/review/inbox-rows.ts';
import type { DecisionKeys } from './shortcuts.ts';

/**
 * Parts one feature shows inside another's page. A feature never imports another (the lint
 * zones), so the shell (app/) hands them down here; each page takes what it needs.
 */
export interface FeatureSlots {
  /** 待审核's decision pane for a change request or transfer (features/requests). */
  readonly RequestPanel: ComponentType<{
    readonly item: InboxItem;
    readonly onDecided: () => void;
    /** The inbox's A/R/X keys. */
    readonly ref?: Ref<DecisionKeys>;
  }>;
  /** 撤销通过 of a claim in a person's history (features/requests). */
  readonly RevokeApproval: ComponentType<{ readonly claim: Claim; readonly staffName: string }>;
  /** A person's 诚信档案 entries (features/requests). */
  readonly IntegrityRecords: ComponentType<{ readonly staff: Staff }>;
}

const nothing = () => null;

const Slots = createContext<FeatureSlots>({
  RequestPanel: nothing,
  RevokeApproval: nothing,
  IntegrityRecords: nothing,
});

export const FeatureSlotsProvider = Slots.Provider;

export function useFeatureSlots(): FeatureSlots {
  return useContext(Slots);
}
