import { Badge, Layout, Menu, Space, Tag, Typography } from 'antd';
import { goToPage, useHashPage } from '../ui/use-hash-route.ts';
import { FeatureSlotsProvider } from '../ui/feature-slots.tsx';
import { featureSlots } from './feature-slots.ts';
import { pages } from './pages.tsx';
import { useSession } from '../ui/session-context.tsx';
import { usePendingCount, useSyncStatus } from '../ui/use-sync-status.ts';
import { SyncController } from '../features/sync/sync-controller.tsx';
import { preloadPdfViewer } from '../features/inbox/pdf-viewer.ts';
import { useEffect } from 'react';
import { CalendarWarning } from '../features/about/calendar-warning.tsx';
import { HelpCenter } from '../features/about/help-center.tsx';
import { useConnection } from '../ui/use-connection.ts';
import { PullStatus } from './pull-status.tsx';
import './shell.css';
import { KeyProtectionNotice } from '../features/about/key-protection-notice.tsx';
import { PageBoundary } from '../ui/page-boundary.tsx';
import { PlainHttpWarning } from '../features/sync/plain-http-warning.tsx';
import { WindowElsewhere } from '../features/sync/window-elsewhere.tsx';

const { Header, Sider, Content } = Layout;
const openPrintPage = () => goToPage('print');

export function Shell() {
  const session = useSession();
  const [pageKey] = useHashPage('inbox');
  const status = useSyncStatus();
  const pending = usePendingCount();
  const reach = useConnection().label;
  const page = pages.find((p) => p.key === pageKey) ?? pages[0];
  const Page = page?.component;
  // The evidence viewer's code is fetched while the session is young and the network still up.
  useEffect(preloadPdfViewer, []);

  return (
    <FeatureSlotsProvider value={featureSlots}>
      <SyncController>
        <Layout style={{ height: '100vh' }}>
          <Sider width={184} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
            <Typography.Title level={5} style={{ padding: '16px 16px 8px', margin: 0 }}>
              继续教育学时审核
            </Typography.Title>
            <Menu
              mode="inline"
              selectedKeys={page === undefined ? [] : [page.key]}
              items={pages.map((p) => ({ key: p.key, label: p.label }))}
              onClick={({ key }) => goToPage(key)}
            />
          </Sider>
          <Layout>
            <Header
              style={{
                background: '#fff',
                padding: '0 24px',
                display: 'flex',
                justifyContent: 'space-between',
                alignItems: 'center',
                borderBottom: '1px solid #f0f0f0',
                height: 56,
              }}
            >
              <Typography.Text strong ellipsis style={{ maxWidth: 520 }}>
                {session.vault.profile.unit.name}
              </Typography.Text>
              <Space size="large">
                <span role="status" aria-label="网络状态">
                  <Badge status={reach.tone} text={reach.text} />
                </span>
                <Tag color={pending > 0 ? 'orange' : 'default'} role="status" aria-label="待同步">
                  待同步 {pending} 条
                </Tag>
                <Typography.Text type="secondary">审核员：{session.reviewerName}</Typography.Text>
                <HelpCenter onPrint={openPrintPage} syncFacts={() => ({ ...status, pending })} />
              </Space>
            </Header>
            <PullStatus />
            <CalendarWarning />
            <KeyProtectionNotice />
            <WindowElsewhere />
            <PlainHttpWarning />
            {/* A definite height under the strips above, which pages fill with height: 100%. */}
            <Content style={{ padding: 16, overflow: 'hidden', minHeight: 0, flex: '1 1 0' }}>
              {Page !== undefined && (
                <PageBoundary key={pageKey} pageKey={page?.key ?? 'unknown'}>
                  <Page />
                </PageBoundary>
              )}
            </Content>
          </Layout>
        </Layout>
      </SyncController>
    </FeatureSlotsProvider>
  );
}
