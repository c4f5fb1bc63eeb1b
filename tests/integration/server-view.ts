import type { Claim } from '#shared/contract/index.ts';
import { createApiClient } from '../../renderer/src/data/sync/api-client.ts';
import { reviewerPassword, type ServerFixture } from './client-fixture.ts';

/**
 * What the server holds, read through the contract by a fresh client (so the check does not
 * depend on the reference server's internals): every claim and the decision each carries.
 */
export async function serverDecisions(fixture: ServerFixture) {
  fixture.server.faults.clear();
  return serverView(
    fixture.server.baseUrl,
    fixture.account.account,
    reviewerPassword,
    fixture.account.unitId,
  );
}

export async function serverView(
  baseUrl: string,
  account: string,
  password: string,
  unitId: string,
) {
  let token: string | null = null;
  const client = createApiClient({ baseUrl, token: () => token });
  const session = await client.login(account, password);
  if (!session.ok) throw new Error('server view sign-in failed');
  token = session.value.token;
  const claims = new Map<string, Claim>();
  let staffCount = 0;
  for (const collection of ['staff', 'claims'] as const) {
    let checkpoint;
    for (;;) {
      const page = await client.pull(unitId, collection, checkpoint, 1000);
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
