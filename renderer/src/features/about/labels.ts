import type { IpcOutput } from '#shared/ipc/contract.ts';

export const shellLabels: Record<IpcOutput<'appInfo'>['shell'], string> = {
  desktop: '桌面程序',
  browser: '浏览器',
};
