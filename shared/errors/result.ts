/**
 * Expected failures are values; only bugs throw. From storage to screen one vocabulary: the
 * network, a busy platform, a lost sign-in, a full or broken local store, data that breaks the
 * contract, and the reviewer's own input (validation, conflict, not_found). Each code's standard
 * Chinese message is in messages.ts.
 */
export const errorCodes = [
  'validation',
  'conflict',
  'network',
  'server_busy',
  'unauthorized',
  'storage_full',
  'storage_broken',
  'invalid_data',
  'not_found',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface AppError {
  readonly code: ErrorCode;
  /** Chinese, for the reviewer: what happened and what to do next. */
  readonly message: string;
  /** English detail for logs and developers. */
  readonly detail?: string;
}

export type Result<T, E = AppError> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function err<E = AppError>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}

export function appError(code: ErrorCode, message: string, detail?: string): AppError {
  return detail === undefined ? { code, message } : { code, message, detail };
}

export function strictAssert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}

export function missingCaseError(value: never): Error {
  return new Error(`Unhandled case: ${String(value)}`);
}
