import { Typography } from 'antd';
import { shortcutHint, useShortcutsEnabled } from './shortcuts.ts';

/** `快捷键：A 通过 · …` beside the decision buttons, shown only while the keys work. */
export function ShortcutHint() {
  return useShortcutsEnabled() ? (
    <Typography.Text type="secondary">快捷键：{shortcutHint}</Typography.Text>
  ) : null;
}
