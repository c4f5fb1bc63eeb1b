import { Modal, Switch, Table, Typography } from 'antd';
import { useId } from 'react';
import { saveShortcutsEnabled } from '../../data/meta/shortcuts-setting.ts';
import { useSession } from '../../ui/session-context.tsx';
import { shortcuts, useShortcutsEnabled, type Shortcut } from '../../ui/shortcuts.ts';

/** A key drawn as a key cap, so 'A' reads as the key to press rather than a letter of text. */
const keyCap = {
  display: 'inline-block',
  minWidth: 24,
  padding: '0 6px',
  textAlign: 'center',
  fontFamily: 'inherit',
  border: '1px solid #d9d9d9',
  borderBottomWidth: 2,
  borderRadius: 4,
  background: '#fafafa',
} as const;

const columns = [
  {
    title: '按键',
    dataIndex: 'keyLabel',
    width: 90,
    render: (key: string) => <kbd style={keyCap}>{key}</kbd>,
  },
  { title: '作用', dataIndex: 'description' },
];

/**
 * 帮助 → 快捷键 (or ?): every single-key shortcut, from the table the key handlers read, and the
 * switch that turns them all off for a reviewer who types with a speech or switch device.
 */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { db } = useSession();
  const isEnabled = useShortcutsEnabled();
  const switchId = useId();
  return (
    <Modal title="快捷键" open={open} onCancel={onClose} footer={null} width={480}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 8 }}>
        <Switch
          id={switchId}
          checked={isEnabled}
          onChange={(checked) => void saveShortcutsEnabled(db, checked)}
        />
        <label htmlFor={switchId}>启用单键快捷键</label>
      </div>
      <Typography.Paragraph type="secondary">
        {isEnabled
          ? '在待审核页按下列单个按键即可操作；在输入框中打字时不起作用。'
          : '单键快捷键已关闭，按键不会执行任何操作；请用鼠标或 Tab 键选择按钮。'}
      </Typography.Paragraph>
      <Table<Shortcut>
        size="small"
        rowKey="key"
        pagination={false}
        columns={columns}
        dataSource={[...shortcuts]}
        aria-label="快捷键列表"
      />
    </Modal>
  );
}
