import type { Claim } from '../../shared/contract/index.ts';
import { createApiClient } from '../../renderer/src/data/sync/api-client.ts';
import { reviewerPassword, type ServerFixture } from './client-fixture.ts';

/**
 * What the server holds, read through the contract by a fresh client (so the check does not
 * depend on the reference server's internals): every claim and the decision each carries.
 */
export async function serverDecisions(fixture: ServerFixture) {
  let token: string | null = null;
  const client = createApiClient({ baseUrl: fixture.server.baseUrl, token: () => token });
  fixture.server.faults.clear();
  const session = await client.login(fixture.account.account, reviewerPassword);
  if (!session.ok) throw new Error('server view sign-in failed');
  token = session.value.token;
  const claims = new Map<string, Claim>();
  let staffCount = 0;
  for (const collection of ['staff', 'claims'] as const) {
    let checkpoint;
    for (;;) {
      const page = await client.pull(fixture.account.unitId, collection, checkpoint, 1000);
      if (!page.ok) throw new Error(`server view pull failed: ${JSON.stringify(page.error)}`);
      for (const doc of page.value.documents) {
        if (collection === 'claims') claims.set((doc as Claim).id, doc as Claim);
        else if (!(doc as { deleted: boolean }).deleted) staffCount += 1;
      }
      checkpoint = page.value.checkpoint;
      if (page.value.documents.length < 1000) break;
    }
  }
  const all = [...claims.values()];
  return {
    claims: all,
    staffCount,
    decisionIds: all.flatMap((c) =>
      c.decision?.decisionId === undefined ? [] : [c.decision.decisionId],
    ),
  };
}
