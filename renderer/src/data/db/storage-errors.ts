import { standardError } from '#shared/errors/messages.ts';
import { err, type AppError, type Result } from '#shared/errors/result.ts';

/**
 * A storage exception in the vocabulary of the screens: a full disk or quota (IndexedDB's
 * QuotaExceededError, however deep Dexie and RxDB wrapped it) is `storage_full`, anything else
 * `storage_broken`. Never `network`: a reviewer told to check the network for a full disk would
 * look in the wrong place.
 */
export function storageError(error: unknown): AppError {
  return standardError(isQuotaError(error) ? 'storage_full' : 'storage_broken', describe(error));
}

/** The errors a bulk write reports without throwing (RxDB's bulkInsert/bulkUpsert), as one. */
export function writeErrors(
  errors: readonly { readonly status: number; readonly documentId: string }[],
): AppError | undefined {
  if (errors.length === 0) return undefined;
  const summary = errors.map((e) => `${e.documentId}: ${String(e.status)}`).join(', ');
  return storageError(Object.assign(new Error(`write refused: ${summary}`), { errors }));
}

/** Runs a storage step; an exception becomes the matching Result. */
export async function guardStorage<T>(step: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await step() };
  } catch (error) {
    return err(storageError(error));
  }
}

const quotaNames = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** Looks through the wrappers (Dexie's `inner`, RxDB's `parameters`, `cause`) for a quota error. */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error === 'string') return /QuotaExceeded/i.test(error);
  if (depth > 6 || typeof error !== 'object' || error === null) return false;
  const record = error as Record<string, unknown>;
  if (typeof record['name'] === 'string' && quotaNames.has(record['name'])) return true;
  if (typeof record['message'] === 'string' && /QuotaExceeded/i.test(record['message']))
    return true;
  const nested: unknown[] = [record['inner'], record['cause'], record['error']];
  const errors = record['errors'];
  if (Array.isArray(errors)) nested.push(...(errors as unknown[]));
  const parameters = record['parameters'];
  if (typeof parameters === 'object' && parameters !== null)
    nested.push(...Object.values(parameters as Record<string, unknown>));
  return nested.some((inner) => isQuotaError(inner, depth + 1));
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
