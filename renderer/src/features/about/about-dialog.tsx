import { Alert, Descriptions, Modal, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { IpcOutput } from '#shared/ipc/contract.ts';
import { api } from '../../host/api.ts';
import { shellLabels } from './labels.ts';
import { UpdateSettings } from './update-settings.tsx';

type AppInfo = IpcOutput<'appInfo'>;

/** 帮助 → 关于: what a support person asks first, read from the host each time it opens. */
export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void api.appInfo({}).then((answer) => {
      if (!live) return;
      if (answer.ok) setInfo(answer.value);
      else setError(answer.error.message);
    });
    return () => {
      live = false;
    };
  }, [open]);

  return (
    <Modal title="关于" open={open} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      {error !== null && <Alert type="error" title={error} showIcon />}
      {info === null && error === null && <Spin />}
      {info !== null && <AboutFacts info={info} />}
    </Modal>
  );
}

function AboutFacts({ info }: { info: AppInfo }) {
  return (
    <Descriptions column={1} size="small" bordered styles={{ label: { width: 150 } }}>
      <Descriptions.Item label="程序">{info.name}</Descriptions.Item>
      <Descriptions.Item label="版本">{info.version}</Descriptions.Item>
      <Descriptions.Item label="运行方式">{shellLabels[info.shell]}</Descriptions.Item>
      <Descriptions.Item label="省平台接口版本">{info.contractVersion}</Descriptions.Item>
      <Descriptions.Item label="认定规则">
        <ul style={{ margin: 0, paddingLeft: 18 }} aria-label="认定规则">
          {info.rulebooks.map((rulebook) => (
            <li key={rulebook.id}>{rulebook.name}</li>
          ))}
        </ul>
      </Descriptions.Item>
      <Descriptions.Item label="节假日日历">收录至 {info.calendarLastYear} 年</Descriptions.Item>
      <Descriptions.Item label="省平台地址">
        <Typography.Text copyable>{info.serverUrl}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label="数据位置">
        <Typography.Text copyable>{info.dataLocation}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label="更新">
        <UpdateSettings />
      </Descriptions.Item>
    </Descriptions>
  );
}
