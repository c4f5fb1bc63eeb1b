import { promises as fs, renameSync } from 'node:fs';
import path from 'node:path';
// The Node build of electron-log: it writes files only, and registers no IPC channel or preload of
// its own, so the app's one IPC contract stays the only road from the page to main.
import log from 'electron-log/node';
import {
  keptArchives,
  logFileName,
  logFilesOldestFirst,
  maxLogFileBytes,
  redactLogText,
  redactLogValue,
  rotationRenames,
} from './log-files.ts';

export type LogLevel = 'info' | 'warn' | 'error';

export interface AppLog {
  write(level: LogLevel, scope: string, message: string): void;
  /** The log files, oldest first, redacted once more on the way out. */
  readAll(): Promise<{ readonly name: string; readonly text: string }[]>;
}

function rotate(logPath: string): void {
  for (const [from, to] of rotationRenames(logPath, keptArchives)) {
    try {
      renameSync(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/**
 * Local rotating logs in `folder`: everything main or the page logs, with 身份证号, phone
 * numbers and the home folder redacted before a line is written. Uncaught errors of main are
 * logged too.
 */
export function startLogging(folder: string, homeDir: string): AppLog {
  const logPath = path.join(folder, logFileName);
  log.transports.file.resolvePathFn = () => logPath;
  log.transports.file.maxSize = maxLogFileBytes;
  log.transports.file.archiveLogFn = () => rotate(logPath);
  log.hooks.push((message) => ({
    ...message,
    data: message.data.map((value: unknown) => redactLogValue(value, homeDir)),
  }));
  log.errorHandler.startCatching({ showDialog: false });

  return {
    write(level, scope, message) {
      log.scope(scope)[level](message);
    },
    async readAll() {
      const files: { name: string; text: string }[] = [];
      for (const file of logFilesOldestFirst(logPath, keptArchives)) {
        try {
          const text = await fs.readFile(file, 'utf8');
          files.push({ name: path.basename(file), text: redactLogText(text, homeDir) });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
      }
      return files;
    },
  };
}
