import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import type { Session } from '#shared/contract/index.ts';
import { changePassword, signIn, type SignInOutcome } from '../../data/auth/sign-in.ts';
import { api } from '../../host/api.ts';
import { clientFor } from '../../data/session.ts';
import { mark } from '../../ui/perf-marks.ts';

interface Props {
  readonly serverUrl: string;
  readonly onSignedIn: (outcome: Extract<SignInOutcome, { kind: 'signed-in' }>) => void;
}

interface Credentials {
  account: string;
  password: string;
}

interface NewPassword {
  newPassword: string;
  confirm: string;
}

/** 登录, and on first sign-in with the initial password, 修改密码 before anything else. */
export function LoginPage({ serverUrl, onSignedIn }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [mustChange, setMustChange] = useState<{
    session: Session;
    account: string;
    password: string;
  } | null>(null);

  async function submit({ account, password }: Credentials) {
    mark('ce:sign-in');
    setBusy(true);
    setError(null);
    const result = await signIn(
      api,
      clientFor(serverUrl, () => null),
      account,
      password,
    );
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    if (result.value.kind === 'must-change-password') {
      return setMustChange({ session: result.value.session, account, password });
    }
    onSignedIn(result.value);
  }

  async function submitNewPassword({ newPassword }: NewPassword) {
    if (mustChange === null) return;
    setBusy(true);
    setError(null);
    const token = mustChange.session.token;
    const result = await changePassword(
      api,
      clientFor(serverUrl, () => token),
      mustChange.account,
      mustChange.session,
      mustChange.password,
      newPassword,
    );
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    if (result.value.kind === 'signed-in') onSignedIn(result.value);
  }

  return (
    <div
      style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f2f5' }}
    >
      <Card style={{ width: 420 }}>
        <Typography.Title level={3} style={{ textAlign: 'center' }}>
          继续教育学时审核
        </Typography.Title>
        {error !== null && (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />
        )}
        {mustChange === null ? (
          <Form<Credentials>
            layout="vertical"
            onFinish={(values) => void submit(values)}
            requiredMark={false}
          >
            <Form.Item
              label="账号"
              name="account"
              rules={[{ required: true, message: '请输入账号（管理员身份证号）' }]}
            >
              <Input placeholder="管理员身份证号" autoComplete="username" maxLength={18} />
            </Form.Item>
            <Form.Item
              label="密码"
              name="password"
              rules={[{ required: true, message: '请输入密码' }]}
            >
              <Input.Password autoComplete="current-password" maxLength={128} />
            </Form.Item>
            {/* Disabled while signing in, never a spinner: the button keeps its name 登录. */}
            <Button type="primary" htmlType="submit" block disabled={busy}>
              登录
            </Button>
            <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
              首次登录须连接省平台；此后断网时可用同一密码离线登录，审核结果保存在本机，联网后同步。
            </Typography.Paragraph>
          </Form>
        ) : (
          <Form<NewPassword>
            layout="vertical"
            onFinish={(values) => void submitNewPassword(values)}
            requiredMark={false}
          >
            <Alert
              type="info"
              showIcon
              title="首次登录，请先修改初始密码"
              style={{ marginBottom: 16 }}
            />
            <Form.Item
              label="新密码"
              name="newPassword"
              extra="至少 8 位，须含字母和数字，不能包含身份证号后六位。"
              rules={[{ required: true, message: '请输入新密码' }]}
            >
              <Input.Password autoComplete="new-password" maxLength={128} />
            </Form.Item>
            <Form.Item
              label="确认新密码"
              name="confirm"
              dependencies={['newPassword']}
              rules={[
                { required: true, message: '请再次输入新密码' },
                ({ getFieldValue }) => ({
                  validator: (_, value) =>
                    value === getFieldValue('newPassword')
                      ? Promise.resolve()
                      : Promise.reject(new Error('两次输入的密码不一致')),
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" maxLength={128} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              修改密码
            </Button>
          </Form>
        )}
      </Card>
    </div>
  );
}
