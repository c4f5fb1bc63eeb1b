import type { ImportKind, ImportResult } from '#shared/sheets/import/parse-import.ts';

/** What the page sends the import worker: the file's bytes (transferred, not copied). */
export interface ImportRequest {
  readonly kind: ImportKind;
  readonly bytes: Uint8Array;
}

/** What the worker answers: the parser's own result, plain data that survives structured clone. */
export type ImportResponse = ImportResult;
