import { Alert, Space, Tag, Typography } from 'antd';
import type { Attachment } from '#shared/contract/index.ts';
import { decisionCategoryLabel, decisionStateLabels } from '#shared/labels/index.ts';
import type { InboxItem } from '../../data/review/inbox-rows.ts';
import { formatBytes, formatTime } from '../../ui/format.ts';

/** The request's kind, what it asks, when, and where the reviewer's last decision on it stands. */
export function RequestHead({ item }: { readonly item: InboxItem }) {
  const { decision } = item;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Tag>{decisionCategoryLabel(item.category)}</Tag>
        <Typography.Text strong>
          {item.name} · {item.title}
        </Typography.Text>
        {decision !== undefined && <Tag color="purple">{decisionStateLabels[decision.state]}</Tag>}
      </Space>
      <Typography.Text type="secondary">提交时间：{formatTime(item.submittedAt)}</Typography.Text>
      {decision?.state === 'conflict' && (
        <Alert
          type="warning"
          showIcon
          title="上次的审核结果与省平台冲突，未生效"
          description={`${decision.detail ?? '省平台上的记录已变'}。请按下方的最新信息重新审核。`}
        />
      )}
    </Space>
  );
}

/** The files the person attached, by name (the platform keeps them with the request). */
export function RequestAttachments({ files }: { readonly files: readonly Attachment[] }) {
  if (files.length === 0) return <Typography.Text type="secondary">附件：无</Typography.Text>;
  return (
    <section aria-label="附件">
      <Typography.Text strong>附件</Typography.Text>
      <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
        {files.map((file) => (
          <li key={file.id}>
            {file.fileName}（{formatBytes(file.size)}）
          </li>
        ))}
      </ul>
    </section>
  );
}
