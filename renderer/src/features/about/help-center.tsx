import { App, Button, Dropdown } from 'antd';
import { useEffect, useEffectEvent, useState } from 'react';
import { missingCaseError } from '#shared/errors/result.ts';
import { isMenuCommand, menuCommandLabels, type MenuCommand } from '#shared/ipc/menu-commands.ts';
import { onMenuCommand, runMenuCommand } from '../../host/menu-commands.ts';
import type { SyncFacts } from './diagnostics/diagnostics-zip.ts';
import { exportDiagnostics } from './diagnostics/export-diagnostics.ts';
import { AboutDialog } from './about-dialog.tsx';

export interface HelpCenterProps {
  /** 文件 → 打印: the shell opens its print page; without it the command is not offered. */
  readonly onPrint?: () => void;
  /** 帮助 → 快捷键: the shell lists its shortcuts; without it the command is not offered. */
  readonly onShortcuts?: () => void;
  /** The sync's state for the diagnostics; absent before sign-in. */
  readonly syncFacts?: () => SyncFacts;
}

/**
 * Answers the application menu's commands, and offers the same commands under a 帮助 button in
 * the shell's header, the only menu a browser has.
 */
export function HelpCenter({ onPrint, onShortcuts, syncFacts }: HelpCenterProps) {
  const [isAboutOpen, setAboutOpen] = useState(false);
  const { message } = App.useApp();

  async function saveDiagnostics(): Promise<void> {
    const saved = await exportDiagnostics(syncFacts?.() ?? null);
    if (!saved.ok) message.error(`导出诊断信息失败：${saved.error.message}`);
    else if (saved.value.saved) {
      message.success(`诊断信息已保存为 ${saved.value.fileName ?? ''}，请发给技术支持。`);
    }
  }

  const run = useEffectEvent((command: MenuCommand) => {
    switch (command) {
      case 'about':
        setAboutOpen(true);
        return;
      case 'print':
        onPrint?.();
        return;
      case 'shortcuts':
        onShortcuts?.();
        return;
      case 'exportDiagnostics':
        void saveDiagnostics();
        return;
      default:
        throw missingCaseError(command);
    }
  });
  useEffect(() => onMenuCommand(run), []);

  const offered: readonly MenuCommand[] = [
    'about',
    'exportDiagnostics',
    ...(onShortcuts === undefined ? [] : ['shortcuts' as const]),
    ...(onPrint === undefined ? [] : ['print' as const]),
  ];
  return (
    <>
      <Dropdown
        menu={{
          items: offered.map((command) => ({ key: command, label: menuCommandLabels[command] })),
          onClick: ({ key }) => {
            if (isMenuCommand(key)) runMenuCommand(key);
          },
        }}
      >
        <Button type="text">帮助</Button>
      </Dropdown>
      <AboutDialog open={isAboutOpen} onClose={() => setAboutOpen(false)} />
    </>
  );
}
