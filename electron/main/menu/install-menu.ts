import { Menu, type MenuItemConstructorOptions } from 'electron';
import { missingCaseError } from '../../../shared/errors/result.ts';
import type { MenuCommand } from '../../../shared/ipc/menu-commands.ts';
import { appMenu, type MenuEntry, type MenuOptions } from './app-menu.ts';

function toItem(entry: MenuEntry, run: (command: MenuCommand) => void): MenuItemConstructorOptions {
  switch (entry.kind) {
    case 'separator':
      return { type: 'separator' };
    case 'role':
      return { role: entry.role, label: entry.label };
    case 'command':
      return {
        label: entry.label,
        ...(entry.accelerator === undefined ? {} : { accelerator: entry.accelerator }),
        click: () => run(entry.command),
      };
    default:
      throw missingCaseError(entry);
  }
}

/** Replaces Electron's default English menu (with its Reload and DevTools) by ours. */
export function installAppMenu(options: MenuOptions, run: (command: MenuCommand) => void): void {
  const template = appMenu(options).map((section) => ({
    label: section.label,
    submenu: section.entries.map((entry) => toItem(entry, run)),
  }));
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
