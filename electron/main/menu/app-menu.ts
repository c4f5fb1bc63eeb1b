import { menuCommandLabels, type MenuCommand } from '../../../shared/ipc/menu-commands.ts';

/**
 * The application menu as plain data: Electron roles for what Chromium does by itself, and
 * `command` for what the renderer does. `install-menu.ts` turns commands into clicks, so this
 * file needs no Electron and its tests need no window.
 */
export type MenuRole =
  | 'about'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools';

export type MenuEntry =
  | { readonly kind: 'separator' }
  | { readonly kind: 'role'; readonly role: MenuRole; readonly label: string }
  | {
      readonly kind: 'command';
      readonly command: MenuCommand;
      readonly label: string;
      readonly accelerator?: string;
    };

export interface MenuSection {
  readonly label: string;
  readonly entries: readonly MenuEntry[];
}

export interface MenuOptions {
  /** A packaged build is what reviewers run: no reload, no developer tools. */
  readonly isPackaged: boolean;
  readonly platform: string;
}

const separator: MenuEntry = { kind: 'separator' };
const role = (r: MenuRole, label: string): MenuEntry => ({ kind: 'role', role: r, label });
function command(c: MenuCommand, accelerator?: string): MenuEntry {
  const entry = { kind: 'command' as const, command: c, label: menuCommandLabels[c] };
  return accelerator === undefined ? entry : { ...entry, accelerator };
}

export function appMenu({ isPackaged, platform }: MenuOptions): MenuSection[] {
  const isMac = platform === 'darwin';
  const sections: MenuSection[] = [];
  if (isMac) {
    // macOS shows the first menu under the app's name; 退出 lives there, not under 文件.
    sections.push({
      label: '继续教育学时审核',
      entries: [
        command('about'),
        separator,
        role('hide', '隐藏'),
        role('hideOthers', '隐藏其他'),
        role('unhide', '全部显示'),
        separator,
        role('quit', '退出'),
      ],
    });
  }
  sections.push({
    label: '文件',
    entries: [
      command('print', 'CmdOrCtrl+P'),
      separator,
      isMac ? role('close', '关闭窗口') : role('quit', '退出'),
    ],
  });
  sections.push({
    label: '编辑',
    entries: [
      role('undo', '撤销'),
      role('redo', '重做'),
      separator,
      role('cut', '剪切'),
      role('copy', '复制'),
      role('paste', '粘贴'),
      role('selectAll', '全选'),
    ],
  });
  const developer: MenuEntry[] = isPackaged
    ? []
    : [
        separator,
        role('reload', '重新加载'),
        role('forceReload', '强制重新加载'),
        role('toggleDevTools', '开发者工具'),
      ];
  sections.push({
    label: '视图',
    entries: [
      role('resetZoom', '实际大小'),
      role('zoomIn', '放大'),
      role('zoomOut', '缩小'),
      separator,
      role('togglefullscreen', '全屏'),
      ...developer,
    ],
  });
  sections.push({
    label: '帮助',
    entries: [
      command('shortcuts'),
      command('exportDiagnostics'),
      ...(isMac ? [] : [separator, command('about')]),
    ],
  });
  return sections;
}
