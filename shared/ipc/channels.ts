/**
 * The names of every call the renderer may make of its host. The preload loops over this list
 * and nothing else, so it needs no schema code of its own.
 */
export const ipcChannels = [
  'appInfo',
  'saveFile',
  'openFile',
  'getSecret',
  'setSecret',
  'deleteSecret',
  'log',
  'readLogs',
  'print',
  'updateStatus',
  'setUpdateFeed',
] as const;
export type IpcChannel = (typeof ipcChannels)[number];

/** Prefix keeps our channels apart from anything Electron or a library registers. */
export function ipcChannelName(channel: IpcChannel): string {
  return `ce:${channel}`;
}
