import type { BrowserWindow } from 'electron';
import { ipcEventName, type IpcEvent, type IpcEvents } from '../../../shared/ipc/events.ts';

/** The only way main speaks first to the renderer: a named event with its typed payload. */
export function sendEvent<E extends IpcEvent>(
  window: BrowserWindow | null,
  event: E,
  payload: IpcEvents[E],
): void {
  if (window === null || window.isDestroyed()) return;
  window.webContents.send(ipcEventName(event), payload);
}
