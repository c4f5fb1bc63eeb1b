import { appError, type AppError } from '../../errors/result.ts';

/**
 * Hard limits of one import. A unit's staff list is a few thousand rows; the roster benchmark
 * has 20,000; anything far past that is a mistake or an attack and is refused before parsing.
 */
export interface ImportLimits {
  /** The file as picked. */
  readonly maxFileBytes: number;
  readonly maxRows: number;
  readonly maxCells: number;
  /** Parts inside an .xlsx (a zip). */
  readonly maxZipEntries: number;
  /** Inflated size of one part, declared and actual. */
  readonly maxEntryBytes: number;
  /** Inflated size of all parts together. */
  readonly maxTotalBytes: number;
  /** Wall time of the parse; the worker client also kills the worker a little after this. */
  readonly maxMillis: number;
}

export const defaultImportLimits: ImportLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxRows: 30_000,
  maxCells: 600_000,
  maxZipEntries: 500,
  maxEntryBytes: 48 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  maxMillis: 10_000,
};

/** Why a whole file was refused: a closed set, so the UI and tests can tell cases apart. */
export const refusalReasons = [
  'too_large',
  'empty',
  'not_spreadsheet',
  'legacy_or_encrypted',
  'zip_bomb',
  'too_many_rows',
  'formula',
  'no_header',
  'timeout',
  'unreadable',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

export interface ImportRefusal extends AppError {
  readonly code: 'validation';
  readonly reason: RefusalReason;
}

export function refusal(reason: RefusalReason, message: string, detail: string): ImportRefusal {
  return { ...appError('validation', message, detail), code: 'validation', reason };
}

/** A file the reader cannot make sense of: broken zip, broken XML, no sheet. */
export function unreadable(detail: string): ImportRefusal {
  return refusal(
    'unreadable',
    '文件已损坏，无法读取。请用 Excel 打开后另存为 .xlsx 再导入。',
    detail,
  );
}

export function formatMb(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

/** A clock the parser checks between steps; injectable so tests need no sleeps. */
export type Clock = () => number;
