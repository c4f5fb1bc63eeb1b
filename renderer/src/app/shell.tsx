import { Badge, Layout, Menu, Space, Typography } from 'antd';
import { HomePage } from '../features/home/home-page.tsx';
import { useOnline } from './use-online.ts';

const { Header, Sider, Content } = Layout;

const pages = [{ key: 'home', label: '工作台' }] as const;

export function Shell() {
  const online = useOnline();

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <Typography.Title level={5} style={{ padding: '16px 16px 8px', margin: 0 }}>
          继续教育学时审核
        </Typography.Title>
        <Menu
          mode="inline"
          selectedKeys={['home']}
          items={pages.map((p) => ({ key: p.key, label: p.label }))}
        />
      </Sider>
      <Layout>
        <Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            justifyContent: 'flex-end',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Space size="large">
            <span role="status" aria-label="网络状态">
              <Badge status={online ? 'success' : 'default'} text={online ? '在线' : '离线'} />
            </span>
          </Space>
        </Header>
        <Content style={{ padding: 24 }}>
          <HomePage />
        </Content>
      </Layout>
    </Layout>
  );
}
