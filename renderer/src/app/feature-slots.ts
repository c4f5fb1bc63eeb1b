import type { FeatureSlots } from '../ui/feature-slots.tsx';
import { IntegrityRecords } from '../features/requests/integrity-records.tsx';
import { RequestPanel } from '../features/requests/request-panel.tsx';
import { RevokeApproval } from '../features/requests/revoke-approval.tsx';

/** What features/requests shows inside 待审核 and 人员 (see ui/feature-slots.tsx). */
export const featureSlots: FeatureSlots = { RequestPanel, RevokeApproval, IntegrityRecords };
