/**
 * What the application menu (and the shell's 帮助 button in a browser) asks the renderer to do.
 * Main only names the command; the renderer decides what it means on the screen it shows.
 */
export const menuCommands = ['print', 'about', 'exportDiagnostics', 'shortcuts'] as const;
export type MenuCommand = (typeof menuCommands)[number];

/** The one label of each command, in the native menu and in the shell alike. */
export const menuCommandLabels: Record<MenuCommand, string> = {
  print: '打印…',
  about: '关于',
  exportDiagnostics: '导出诊断信息…',
  shortcuts: '快捷键',
};

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}
