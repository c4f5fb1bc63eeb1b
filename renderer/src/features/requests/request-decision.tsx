import { App, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useSession, useSnapshot } from '../../ui/session-context.tsx';
import { isDecided, type InboxItem } from '../../data/review/inbox-rows.ts';
import { requestSubject } from '../../data/requests/request-subject.ts';

/** 通过 or 不通过 of a change request or transfer; 不通过 needs a reason (the contract's rule). */
export function RequestDecision({
  item,
  onDecided,
}: {
  readonly item: InboxItem;
  readonly onDecided: () => void;
}) {
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
  const decided = isDecided(item);

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
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Input.TextArea
        aria-label="审核意见"
        placeholder="不通过须填写原因"
        value={reason}
        maxLength={500}
        autoSize={{ minRows: 2, maxRows: 4 }}
        onChange={(event) => setReason(event.target.value)}
      />
      <Space>
        <Button type="primary" disabled={decided} onClick={() => void decide('approve')}>
          通过
        </Button>
        <Button danger disabled={decided} onClick={() => void decide('reject')}>
          不通过
        </Button>
      </Space>
    </Space>
  );
}
