import { Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../host/api.ts';

/** Remembered on this machine, so the reviewer is told once, not at every start. */
const seenKey = 'ce-notice-password-only-seen';

/**
 * Told once on a Linux desktop without a keyring: the OS can only seal secrets with a fixed,
 * public key, so the local data's key is protected by the reviewer's password alone.
 */
export function KeyProtectionNotice() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (localStorage.getItem(seenKey) !== null) return;
    let live = true;
    void api.appInfo({}).then((info) => {
      if (live && info.ok && info.value.secretProtection === 'password-only') setOpen(true);
    });
    return () => {
      live = false;
    };
  }, []);

  function close(): void {
    localStorage.setItem(seenKey, new Date().toISOString());
    setOpen(false);
  }

  return (
    <Modal
      title="这台电脑没有系统钥匙串"
      open={open}
      onOk={close}
      onCancel={close}
      okText="知道了"
      cancelButtonProps={{ style: { display: 'none' } }}
    >
      <Typography.Paragraph>
        这台电脑没有可用的系统钥匙串（如 GNOME 密钥环或
        KWallet），系统只能用一个公开的固定密钥保存数据，等于没有加密。
      </Typography.Paragraph>
      <Typography.Paragraph>
        因此，本机数据的密钥只由您的登录密码加密保护：请牢记密码，忘记后只能联网重新登录并重新下载数据；也请不要让他人使用您的系统账户。
      </Typography.Paragraph>
    </Modal>
  );
}
