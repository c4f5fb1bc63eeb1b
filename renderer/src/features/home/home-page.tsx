import { Alert, Card, Descriptions, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { IpcOutput } from '../../../../shared/ipc/contract.ts';
import { api } from '../../host/api.ts';

type AppInfo = IpcOutput<'appInfo'>;

const shellNames: Record<AppInfo['shell'], string> = {
  desktop: '桌面程序',
  browser: '浏览器模式',
};

export function HomePage() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api.appInfo({}).then((result) => {
      if (result.ok) setInfo(result.value);
      else setError(result.error.message);
    });
  }, []);

  return (
    <Card title="工作台">
      <Typography.Paragraph>
        在本机离线审核本单位专业技术人员的继续教育学时申报，规则自动核对，审核结果在下班前统一同步到省平台。
      </Typography.Paragraph>
      {error !== null && <Alert type="error" title={error} showIcon />}
      {info !== null && (
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label="版本">{info.version}</Descriptions.Item>
          <Descriptions.Item label="运行方式">{shellNames[info.shell]}</Descriptions.Item>
          <Descriptions.Item label="省平台地址">{info.serverUrl}</Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
