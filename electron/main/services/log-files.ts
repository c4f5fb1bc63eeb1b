import path from 'node:path';
import { redactPersonalData } from '../../../shared/privacy/redact.ts';

/**
 * The log files' names, rotation and redaction, without Electron: main.log is written, and when
 * it is full it becomes main.1.log, main.1.log becomes main.2.log, and so on up to `keep`.
 */
export const logFileName = 'main.log';
export const maxLogFileBytes = 1024 * 1024;
export const keptArchives = 4;

export function archivePath(logPath: string, n: number): string {
  const { dir, name, ext } = path.parse(logPath);
  return path.join(dir, `${name}.${n}${ext}`);
}

/** The renames that rotate the files, in the order they must run (the oldest moves first). */
export function rotationRenames(logPath: string, keep: number): [string, string][] {
  const renames: [string, string][] = [];
  for (let n = keep - 1; n >= 1; n -= 1) {
    renames.push([archivePath(logPath, n), archivePath(logPath, n + 1)]);
  }
  renames.push([logPath, archivePath(logPath, 1)]);
  return renames;
}

/** Every log file, oldest first, as the diagnostics list them. */
export function logFilesOldestFirst(logPath: string, keep: number): string[] {
  const archives = Array.from({ length: keep }, (_, i) => archivePath(logPath, keep - i));
  return [...archives, logPath];
}

/**
 * Personal numbers out, and the home folder (which carries the computer user's name) shown
 * as `~`.
 */
export function redactLogText(text: string, homeDir: string): string {
  const redacted = redactPersonalData(text);
  return homeDir.length < 2 ? redacted : redacted.split(homeDir).join('~');
}

/** What a log call was given, redacted; an error keeps its stack. */
export function redactLogValue(value: unknown, homeDir: string): unknown {
  if (typeof value === 'string') return redactLogText(value, homeDir);
  if (value instanceof Error) {
    return redactLogText(value.stack ?? `${value.name}: ${value.message}`, homeDir);
  }
  if (value === null || typeof value !== 'object') return value;
  try {
    return redactLogText(JSON.stringify(value), homeDir);
  } catch {
    return '[不可序列化的对象]';
  }
}
