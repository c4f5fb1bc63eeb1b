import type { MenuCommand } from './menu-commands.ts';

/**
 * What main may tell the renderer without being asked: event name → payload. The preload lets
 * through these names only, and main sends them only through its typed `sendEvent`.
 */
export interface IpcEvents {
  readonly menu: MenuCommand;
}
export type IpcEvent = keyof IpcEvents;
export const ipcEvents = ['menu'] as const satisfies readonly IpcEvent[];

export function isIpcEvent(value: unknown): value is IpcEvent {
  return typeof value === 'string' && (ipcEvents as readonly string[]).includes(value);
}

/** Kept apart from the call channels' `ce:` names so an event can never answer an invoke. */
export function ipcEventName(event: IpcEvent): string {
  return `ce-event:${event}`;
}

export type IpcEventListener<E extends IpcEvent> = (payload: IpcEvents[E]) => void;

/** Subscribes to one event; the returned function unsubscribes. */
export type IpcSubscribe = <E extends IpcEvent>(
  event: E,
  listener: IpcEventListener<E>,
) => () => void;
