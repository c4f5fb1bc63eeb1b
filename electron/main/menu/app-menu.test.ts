import { describe, expect, it } from 'vitest';
import { appMenu, type MenuSection } from './app-menu.ts';

const roles = (sections: readonly MenuSection[]) =>
  sections.flatMap((s) => s.entries.flatMap((e) => (e.kind === 'role' ? [e.role] : [])));
const commands = (sections: readonly MenuSection[]) =>
  sections.flatMap((s) =>
    s.entries.flatMap((e) => (e.kind === 'command' ? [`${s.label}/${e.label}:${e.command}`] : [])),
  );

describe('appMenu', () => {
  it('offers neither reload nor developer tools when the build is packaged', () => {
    for (const platform of ['win32', 'linux', 'darwin']) {
      const found = roles(appMenu({ isPackaged: true, platform }));
      expect(found.filter((r) => ['reload', 'forceReload', 'toggleDevTools'].includes(r))).toEqual(
        [],
      );
    }
  });

  it('offers reload and developer tools under 视图 when run from the source tree', () => {
    const view = appMenu({ isPackaged: false, platform: 'linux' }).find((s) => s.label === '视图');
    expect(view?.entries.filter((e) => e.kind === 'role').map((e) => e.label)).toEqual([
      '实际大小',
      '放大',
      '缩小',
      '全屏',
      '重新加载',
      '强制重新加载',
      '开发者工具',
    ]);
  });

  it('has the four Chinese menus and their commands when on Windows', () => {
    const menu = appMenu({ isPackaged: true, platform: 'win32' });
    expect(menu.map((s) => s.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(commands(menu)).toEqual([
      '文件/打印…:print',
      '帮助/快捷键:shortcuts',
      '帮助/导出诊断信息…:exportDiagnostics',
      '帮助/关于:about',
    ]);
    expect(menu[0]?.entries.at(-1)).toEqual({ kind: 'role', role: 'quit', label: '退出' });
  });

  it('puts 关于 and 退出 under the app menu when on macOS', () => {
    const menu = appMenu({ isPackaged: true, platform: 'darwin' });
    expect(menu.map((s) => s.label)).toEqual(['继续教育学时审核', '文件', '编辑', '视图', '帮助']);
    expect(commands(menu)).toEqual([
      '继续教育学时审核/关于:about',
      '文件/打印…:print',
      '帮助/快捷键:shortcuts',
      '帮助/导出诊断信息…:exportDiagnostics',
    ]);
    expect(roles(menu)).toContain('quit');
    expect(roles(menu)).not.toContain('toggleDevTools');
  });

  it('prints with Ctrl+P (⌘P on a Mac)', () => {
    const file = appMenu({ isPackaged: true, platform: 'linux' }).find((s) => s.label === '文件');
    expect(file?.entries[0]).toEqual({
      kind: 'command',
      command: 'print',
      label: '打印…',
      accelerator: 'CmdOrCtrl+P',
    });
  });
});
