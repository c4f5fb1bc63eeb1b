import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useSession } from '../../ui/session-context.tsx';

interface Props {
  readonly open: boolean;
  readonly onDone: (signedIn: boolean) => void;
}

/**
 * Asked when there is no live platform token: it expired mid-work, or the day began with an
 * offline sign-in. Queued decisions stay where they are.
 */
export function SignInAgain({ open, onDone }: Props) {
  const session = useSession();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    const result = await session.renewSignIn(password);
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    if (!session.hasToken()) return setError('仍无法连接省平台，请检查网络后重试。');
    setPassword('');
    setError(null);
    onDone(true);
  }

  return (
    <Modal
      open={open}
      title="请重新登录省平台"
      okText="登录并继续同步"
      cancelText="稍后"
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={() => onDone(false)}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        title="与省平台的登录已失效（登录过期，或本次是断网时离线登录的）。待同步的审核结果都保存在本机，输入密码重新登录后继续上传。"
        style={{ marginBottom: 16 }}
      />
      {error !== null && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form layout="vertical" onFinish={() => void submit()}>
        <Form.Item label="密码" htmlFor="renew-password">
          <Input.Password
            id="renew-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            // eslint-disable-next-line jsx-a11y-x/no-autofocus -- a dialog moves focus into itself (WAI-ARIA dialog pattern), to the one field it asks for
            autoFocus
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
