import { App } from 'antd';
import { forwardRef, useState } from 'react';
import { ApproveOrReject } from '../../ui/approve-or-reject.tsx';
import type { DecisionKeys } from '../../ui/shortcuts.ts';
import { useSession, useSnapshot } from '../../ui/session-context.tsx';
import { isDecided, type InboxItem } from '../../data/review/inbox-rows.ts';
import { requestSubject } from '../../data/requests/request-subject.ts';

/** 通过 or 不通过 of a change request or transfer; 不通过 needs a reason (the contract's rule). */
export const RequestDecision = forwardRef<
  DecisionKeys,
  { readonly item: InboxItem; readonly onDecided: () => void }
>(function RequestDecision({ item, onDecided }, ref) {
  const session = useSession();
  const snapshot = useSnapshot();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const request =
    item.change !== undefined
      ? { change: item.change }
      : item.transfer !== undefined
        ? { transfer: item.transfer }
        : undefined;
  if (request === undefined) return null;

  async function decide(outcome: 'approve' | 'reject') {
    if (request === undefined) return;
    const subject = requestSubject(snapshot, request);
    const result = await session.actions.decideRequest(subject, outcome, reason);
    if (!result.ok) return void message.error(result.error.message);
    void message.success(result.value.message);
    setReason('');
    onDecided();
  }

  return (
    <ApproveOrReject
      ref={ref}
      reason={reason}
      onReason={setReason}
      isDecided={isDecided(item)}
      onDecide={(outcome) => void decide(outcome)}
    />
  );
});
