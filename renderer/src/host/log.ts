import { maxLogMessageChars } from '#shared/ipc/contract.ts';
import { api } from './api.ts';

export type PageLogLevel = 'info' | 'warn' | 'error';

/** An error as a log line: its name, message and stack (the host redacts personal numbers). */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const stack = error.stack ?? '';
    const head = `${error.name}: ${error.message}`;
    return stack.startsWith(head) ? stack : `${head}\n${stack}`;
  }
  return String(error);
}

/**
 * Sends one line to the host's log; never throws and never waits, as it is called from error
 * paths. `scope` names where it happened (`page:inbox`, `window`), lower-case.
 */
export function logToHost(level: PageLogLevel, scope: string, message: string): void {
  void api
    .log({ level, scope, message: message.slice(0, maxLogMessageChars) })
    .catch(() => undefined);
}

/** Errors nobody caught reach the log too; called once at start-up. */
export function installErrorLogging(): void {
  window.addEventListener('error', (event) => {
    logToHost('error', 'window', describeError(event.error ?? event.message));
  });
  window.addEventListener('unhandledrejection', (event) => {
    logToHost('error', 'promise', describeError(event.reason));
  });
}
