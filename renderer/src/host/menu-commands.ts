import { isMenuCommand, type MenuCommand } from '#shared/ipc/menu-commands.ts';
import { api } from './api.ts';

type Listener = (command: MenuCommand) => void;
const inPage = new Set<Listener>();

/** The shell's own 帮助 button runs a command by the same road as the native menu. */
export function runMenuCommand(command: MenuCommand): void {
  for (const listener of [...inPage]) listener(command);
}

/** Hears a command from the native menu (desktop) or the shell's buttons (both hosts). */
export function onMenuCommand(listener: Listener): () => void {
  inPage.add(listener);
  const fromHost = api.on('menu', (command) => {
    // The preload passes main's payload through unchecked; a stray value is ignored.
    if (isMenuCommand(command)) listener(command);
  });
  return () => {
    inPage.delete(listener);
    fromHost();
  };
}
