import type { ChangeRequest, Claim, Staff, Transfer } from '#shared/contract/index.ts';
import { createApiClient } from '../../renderer/src/data/sync/api-client.ts';

interface Pulled {
  readonly staff: Staff;
  readonly claims: Claim;
  readonly changes: ChangeRequest;
  readonly transfers: Transfer;
}

/**
 * Every current record of one kind the server holds for the unit, by id, read through the
 * contract by a fresh client: the 1.1 tests' view of what a decision changed on the platform.
 */
export async function serverRecords<K extends keyof Pulled>(
  where: { baseUrl: string; account: string; password: string; unitId: string },
  collection: K,
): Promise<Map<string, Pulled[K]>> {
  let token: string | null = null;
  const client = createApiClient({ baseUrl: where.baseUrl, token: () => token });
  const session = await client.login(where.account, where.password);
  if (!session.ok) throw new Error('server records sign-in failed');
  token = session.value.token;
  const records = new Map<string, Pulled[K]>();
  let checkpoint;
  for (;;) {
    const page = await client.pull(where.unitId, collection, checkpoint, 1000);
    if (!page.ok) throw new Error(`server records pull failed: ${JSON.stringify(page.error)}`);
    for (const doc of page.value.documents as Pulled[K][]) records.set(doc.id, doc);
    checkpoint = page.value.checkpoint;
    if (page.value.documents.length < 1000) return records;
  }
}
