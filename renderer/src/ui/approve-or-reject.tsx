import { App, Button, Input, Space } from 'antd';
import { forwardRef, useImperativeHandle } from 'react';
import { useShortcutProps, type DecisionKeys } from './shortcuts.ts';

interface Props {
  readonly reason: string;
  readonly onReason: (reason: string) => void;
  /** Decided here already (waiting to sync, or taken by the platform): nothing more to press. */
  readonly isDecided: boolean;
  readonly onDecide: (outcome: 'approve' | 'reject') => void;
}

/**
 * 通过 / 不通过 with the reason a refusal needs: how a registration, a change request and a
 * transfer are decided (they take no hours and cannot be returned). A and X decide as the
 * buttons do; R says why there is no 退回 here.
 */
export const ApproveOrReject = forwardRef<DecisionKeys, Props>(function ApproveOrReject(
  { reason, onReason, isDecided, onDecide },
  ref,
) {
  const { message } = App.useApp();
  const keys = useShortcutProps();
  useImperativeHandle(ref, () => ({
    decide(outcome) {
      if (isDecided) return;
      if (outcome === 'return') void message.info('此项只能通过或不通过，没有退回：请按 A 或 X。');
      else onDecide(outcome);
    },
  }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Input.TextArea
        aria-label="审核意见"
        placeholder="不通过须填写原因"
        value={reason}
        maxLength={500}
        autoSize={{ minRows: 2, maxRows: 4 }}
        onChange={(event) => onReason(event.target.value)}
      />
      <Space>
        <Button
          type="primary"
          disabled={isDecided}
          onClick={() => onDecide('approve')}
          {...keys.approve}
        >
          通过
        </Button>
        <Button danger disabled={isDecided} onClick={() => onDecide('reject')} {...keys.reject}>
          不通过
        </Button>
      </Space>
    </Space>
  );
});
