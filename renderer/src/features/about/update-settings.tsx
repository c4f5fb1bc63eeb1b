import { Button, Input, Progress, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { IpcOutput } from '#shared/ipc/contract.ts';
import { api } from '../../host/api.ts';

type UpdateStatus = IpcOutput<'updateStatus'>;

/**
 * 更新: where updates come from (the installer's own feed, or a mirror the province or unit
 * hosts) and how the background download stands. In a browser there is nothing to set.
 */
export function UpdateSettings() {
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api.updateStatus({}).then((answer) => {
      if (!live || !answer.ok) return;
      setStatus(answer.value);
      setDraft(answer.value.feedUrl ?? '');
    });
    return () => {
      live = false;
    };
  }, []);

  async function save(feedUrl: string | null): Promise<void> {
    const answer = await api.setUpdateFeed({ feedUrl });
    if (!answer.ok) {
      setError(answer.error.message);
      return;
    }
    setError(null);
    setStatus(answer.value);
    setDraft(answer.value.feedUrl ?? '');
  }

  if (status === null) return null;
  const isSettable = status.state !== 'disabled';
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={4}>
      <Typography.Text>{status.message}</Typography.Text>
      {status.state === 'downloading' && (
        <Progress percent={status.percent ?? 0} size="small" aria-label="更新下载进度" />
      )}
      {isSettable && (
        <>
          <Space.Compact style={{ width: '100%' }}>
            <Input
              aria-label="更新地址"
              placeholder="留空则使用安装包内置的更新地址"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
            />
            <Button onClick={() => void save(draft.trim() === '' ? null : draft)}>保存</Button>
          </Space.Compact>
          <Typography.Text type="secondary">
            省或单位可自建更新镜像，在此填写其 https 地址。
          </Typography.Text>
        </>
      )}
      {error !== null && <Typography.Text type="danger">{error}</Typography.Text>}
    </Space>
  );
}
