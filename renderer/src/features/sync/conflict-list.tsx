import { Button, Card, Col, Descriptions, Empty, Row, Space, Typography } from 'antd';
import { claimStatusText, decisionOutcomeLabels } from '#shared/labels/index.ts';
import type { DecisionDoc } from '../../data/db/schemas.ts';
import { inboxKeyOf } from '../../data/review/inbox-rows.ts';
import { formatTime } from '../../ui/format.ts';

interface Props {
  readonly conflicts: readonly DecisionDoc[];
  /** Opens the target in 待审核, by its row's key. */
  readonly onRedecide: (inboxKey: string) => void;
}

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '—';
}

/** The reviewer's decision beside the claim as the platform now has it. */
export function ConflictList({ conflicts, onRedecide }: Props) {
  if (conflicts.length === 0) return <Empty description="没有冲突" />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {conflicts.map((decision) => {
        const server = decision.serverClaim ?? decision.serverRequest ?? decision.serverStaff ?? {};
        const status = text(server['status']);
        return (
          <Card
            key={decision.decisionId}
            size="small"
            title={`${decision.staffName} · ${decision.title}`}
          >
            <Row gutter={16}>
              <Col span={12}>
                <Typography.Text strong>
                  您的审核（第 {decision.payload.baseRevision} 版）
                </Typography.Text>
                <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
                  <Descriptions.Item label="结果">
                    {decisionOutcomeLabels[decision.payload.outcome]}
                  </Descriptions.Item>
                  <Descriptions.Item label="申报学时">{decision.claimedHours}</Descriptions.Item>
                  <Descriptions.Item label="原因">
                    {decision.payload.reason ?? '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label="审核时间">
                    {formatTime(decision.createdAt)}
                  </Descriptions.Item>
                </Descriptions>
              </Col>
              <Col span={12}>
                <Typography.Text strong>
                  省平台上的最新版本（第 {text(server['revision'])} 版）
                </Typography.Text>
                <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
                  <Descriptions.Item label="状态">
                    {claimStatusText(status) ?? '人员信息已变更'}
                  </Descriptions.Item>
                  <Descriptions.Item label="项目">
                    {text(server['title'] ?? server['name'])}
                  </Descriptions.Item>
                  <Descriptions.Item label="申报学时">
                    {text(server['claimedHours'])}
                  </Descriptions.Item>
                  <Descriptions.Item label="更新时间">
                    {formatTime(text(server['updatedAt']))}
                  </Descriptions.Item>
                </Descriptions>
              </Col>
            </Row>
            {decision.payload.target.kind !== 'registration' && status === 'submitted' && (
              <Button
                type="primary"
                style={{ marginTop: 8 }}
                onClick={() => onRedecide(inboxKeyOf(decision.payload.target))}
              >
                重新审核
              </Button>
            )}
            {status !== 'submitted' && (
              <Typography.Text type="secondary">
                该申报已不再等待单位审核（{claimStatusText(status) ?? '已变更'}），无需再审。
              </Typography.Text>
            )}
          </Card>
        );
      })}
    </Space>
  );
}
