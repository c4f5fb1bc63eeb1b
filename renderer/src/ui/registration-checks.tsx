import { Alert, Space, Typography } from 'antd';
import type { RegistrationCheck } from '../data/requests/registration-checks.ts';

/** The checks under a registration opened in 待审核: each problem red, the all-clear note blue. */
export function RegistrationCheckList({
  checks,
}: {
  readonly checks: readonly RegistrationCheck[];
}) {
  return (
    <section aria-label="注册核对">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {checks.map((check) => (
          <Alert
            key={check.text}
            type={check.kind === 'problem' ? 'error' : 'info'}
            showIcon
            title={check.text}
          />
        ))}
      </Space>
    </section>
  );
}

/** The same checks in a row of 注册审核: problems in full, the all-clear as one word. */
export function RegistrationCheckCell({
  checks,
}: {
  readonly checks: readonly RegistrationCheck[];
}) {
  const problems = checks.filter((check) => check.kind === 'problem');
  return problems.length === 0 ? (
    <Typography.Text type="success">无误</Typography.Text>
  ) : (
    <Typography.Text type="danger">{problems.map((check) => check.text).join(' ')}</Typography.Text>
  );
}
