/** Expected failures are values; only bugs throw. */
export const errorCodes = [
  'validation',
  'conflict',
  'network',
  'unauthorized',
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
