import { forwardRef } from 'react';
import type { DecisionKeys } from '../../ui/shortcuts.ts';
import type { InboxItem } from '../../data/review/inbox-rows.ts';
import { ChangeDetails } from './change-panel.tsx';
import { RequestDecision } from './request-decision.tsx';
import { RequestHead } from './request-head.tsx';
import { TransferDetails } from './transfer-panel.tsx';

/** 待审核's decision pane for a change request or transfer: what is asked, then 通过 / 不通过. */
export const RequestPanel = forwardRef<
  DecisionKeys,
  { readonly item: InboxItem; readonly onDecided: () => void }
>(function RequestPanel({ item, onDecided }, ref) {
  return (
    <section
      className="claim-card"
      aria-label={item.kind === 'change' ? '变更申请' : '调转申请'}
      data-request-id={item.change?.id ?? item.transfer?.id}
    >
      <div className="claim-card-body">
        <div
          role="region"
          aria-label="申请内容"
          tabIndex={0}
          style={{ flex: 1, minHeight: 0, overflow: 'auto' }}
        >
          <RequestHead item={item} />
          {item.kind === 'change' ? <ChangeDetails item={item} /> : <TransferDetails item={item} />}
        </div>
        <div style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8 }}>
          <RequestDecision ref={ref} key={item.key} item={item} onDecided={onDecided} />
        </div>
      </div>
    </section>
  );
});
