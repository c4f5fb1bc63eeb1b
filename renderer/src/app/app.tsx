import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useState } from 'react';
import type { SignInOutcome } from '../data/auth/sign-in.ts';
import { EvidenceWindow } from '../features/inbox/evidence-window.tsx';
import { isEvidenceWindow } from '../features/inbox/evidence-window-channel.ts';
import { LoginPage } from '../features/login/login-page.tsx';
import { configuredServer } from '../host/server-choice.ts';
import { startAppSession, type AppSession } from '../data/session.ts';
import { SessionContext } from '../ui/session-context.tsx';
import { appTheme } from '../ui/theme.ts';
import { Shell } from './shell.tsx';

dayjs.locale('zh-cn');

export function App() {
  return (
    <ConfigProvider
      locale={zhCN}
      // Two-character labels keep their exact names (登录, 通过, 退回): no space inserted.
      button={{ autoInsertSpace: false }}
      theme={appTheme}
    >
      {/* Messages show below the shell's menu and a drawer's title bar: at the very top they
          covered the drawer's 关闭 button, and a pointer resting on a message keeps it open. */}
      <AntApp message={{ top: 72, maxCount: 3 }}>
        {isEvidenceWindow() ? <EvidenceWindow /> : <Root />}
      </AntApp>
    </ConfigProvider>
  );
}

function Root() {
  const [serverUrl, setServerUrl] = useState<string | null>(null);
  const [session, setSession] = useState<AppSession | null>(null);
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void configuredServer().then((server) => {
      if (server.ok) setServerUrl(server.value.url);
      else setError(server.error.message);
    });
  }, []);

  async function open(outcome: Extract<SignInOutcome, { kind: 'signed-in' }>) {
    if (serverUrl === null) return;
    setOpening(true);
    try {
      setSession(await startAppSession(serverUrl, outcome.vault, outcome.session));
    } catch (failure) {
      setError(`打开本机数据失败：${String(failure)}。请重新登录；如仍失败请联系技术支持。`);
    } finally {
      setOpening(false);
    }
  }

  if (session !== null) {
    return (
      <SessionContext.Provider value={session}>
        <Shell />
      </SessionContext.Provider>
    );
  }
  if (serverUrl === null || opening) {
    return (
      <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
        <Spin description={error ?? (opening ? '正在打开本机数据…' : '正在启动…')} size="large" />
      </div>
    );
  }
  return <LoginPage serverUrl={serverUrl} onSignedIn={(outcome) => void open(outcome)} />;
}
