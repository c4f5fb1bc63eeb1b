import { Alert, App, Card, Descriptions, Divider, Space, Tag, Typography } from 'antd';
import { forwardRef, useEffect } from 'react';
import { markAfterPaint } from '../../app/perf-marks.ts';
import type { DecisionOutcome, Hours } from '../../../../shared/contract/index.ts';
import { zeroHours } from '../../../../shared/rules/rounding.ts';
import { useSession, useSnapshot } from '../../app/session-context.tsx';
import type { InboxItem } from '../../data/review/inbox.ts';
import { isDecided } from '../../data/review/inbox.ts';
import { stateLabels } from '../sync/labels.ts';
import { claimFacts } from './claim-facts.ts';
import { DecisionForm, type DecisionFormHandle } from './decision-form.tsx';
import { EvidenceViewer } from './evidence-viewer.tsx';
import { itemCategoryLabel, itemSuggestionLabel, suggestionColors } from './labels.ts';
import { PersonBank } from './person-bank.tsx';

interface Props {
  readonly item: InboxItem;
  readonly onDecided: () => void;
}

const severityType = { info: 'info', warning: 'warning', error: 'error' } as const;

export const ClaimPanel = forwardRef<DecisionFormHandle, Props>(function ClaimPanel(
  { item, onDecided },
  ref,
) {
  const session = useSession();
  const snapshot = useSnapshot();
  const { message } = App.useApp();
  const claim = item.claim;
  useEffect(() => markAfterPaint('ce:claim-shown'), [claim?.id]);
  if (claim === undefined) return null;
  const evaluation = item.evaluation;
  const suggested: Hours = evaluation?.credited ?? zeroHours;
  const decided = isDecided(item);

  async function decide(decision: {
    outcome: DecisionOutcome;
    creditedHours?: Hours;
    reason?: string;
    integrityMark: boolean;
  }): Promise<boolean> {
    if (claim === undefined) return false;
    const result = await session.outbox.decideClaim({
      claim,
      staffName: item.name,
      reviewerName: session.reviewerName,
      ...decision,
    });
    if (!result.ok) {
      void message.error(result.error.message);
      return false;
    }
    await session.store.refreshDecisions();
    onDecided();
    return true;
  }

  return (
    <Card
      size="small"
      title={
        <Space>
          <Tag>{itemCategoryLabel(item.category)}</Tag>
          <Typography.Text strong ellipsis style={{ maxWidth: 420 }}>
            {claim.title}
          </Typography.Text>
        </Space>
      }
      extra={
        item.decision !== undefined ? (
          <Tag color="purple">{stateLabels[item.decision.state]}</Tag>
        ) : (
          <Tag color={suggestionColors[item.suggestion]}>
            {itemSuggestionLabel(item.suggestion)}
          </Tag>
        )
      }
      style={{ height: '100%', display: 'flex', flexDirection: 'column' }}
      styles={{
        body: {
          flex: 1,
          minHeight: 0,
          display: 'flex',
          flexDirection: 'column',
          gap: 8,
          padding: 12,
        },
      }}
    >
      <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        <PersonBank
          staff={item.staff}
          claim={claim}
          personClaims={snapshot.claimsByStaff.get(claim.staffId) ?? []}
          rulebook={snapshot.rulebook}
          credited={suggested}
        />
        <Descriptions size="small" column={2} style={{ marginTop: 12 }}>
          {claimFacts(claim).map(([label, value]) => (
            <Descriptions.Item key={label} label={label}>
              {value}
            </Descriptions.Item>
          ))}
          <Descriptions.Item label="申报年度">{claim.year}</Descriptions.Item>
          <Descriptions.Item label="规则建议认定">
            公需 {suggested.public} / 专业 {suggested.professional}
          </Descriptions.Item>
        </Descriptions>
        {evaluation !== undefined && evaluation.findings.length > 0 && (
          <Space orientation="vertical" style={{ width: '100%' }} size={4}>
            {evaluation.findings.map((finding, index) => (
              <Alert
                key={`${finding.code}-${index}`}
                type={severityType[finding.severity]}
                showIcon
                title={finding.message}
                description={`依据：${finding.citation}`}
              />
            ))}
          </Space>
        )}
        <Divider titlePlacement="start" plain>
          证明材料
        </Divider>
        <EvidenceViewer attachments={claim.attachments} />
      </div>
      <div style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8 }}>
        <DecisionForm
          key={claim.id}
          ref={ref}
          suggested={suggested}
          disabled={decided}
          onDecide={decide}
        />
      </div>
    </Card>
  );
});
