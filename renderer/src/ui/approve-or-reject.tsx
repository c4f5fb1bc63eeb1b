import { Button, Input, Space } from 'antd';

/**
 * 通过 / 不通过 with the reason a refusal needs: how a registration, a change request and a
 * transfer are decided (they take no hours and cannot be returned).
 */
export function ApproveOrReject({
  reason,
  onReason,
  isDecided,
  onDecide,
}: {
  readonly reason: string;
  readonly onReason: (reason: string) => void;
  /** Decided here already (waiting to sync, or taken by the platform): nothing more to press. */
  readonly isDecided: boolean;
  readonly onDecide: (outcome: 'approve' | 'reject') => void;
}) {
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
        <Button type="primary" disabled={isDecided} onClick={() => onDecide('approve')}>
          通过
        </Button>
        <Button danger disabled={isDecided} onClick={() => onDecide('reject')}>
          不通过
        </Button>
      </Space>
    </Space>
  );
}
