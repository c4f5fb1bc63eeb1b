import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../shared/contract/index.ts';
import { account, decision, pullAll, startHarness, type Harness } from './harness.ts';

// "Any call may answer 429 or 503 with Retry-After", and the fault injection the tests rely on.
let h: Harness;
let token: string;
let unitId: string;
beforeAll(async () => {
  h = await startHarness({ units: 1, staff: 10, claims: 40 });
  const a = account(h, 0);
  unitId = a.unitId;
  token = await h.ready(a);
});
afterAll(() => h.close());

const setFaults = async (body: unknown) => {
  const reply = await h.call('POST', '/__faults', { body });
  expect(reply.status).toBe(200);
};

describe('faults', () => {
  it('answers 503 and 429 with Retry-After, and 500, when those shares are injected', async () => {
    for (const status of [503, 429] as const) {
      await setFaults({ errorRate: { [status]: 1 }, retryAfterSeconds: 3 });
      const reply = await h.call('GET', `/units/${unitId}`, { token });
      expect(reply.status).toBe(status);
      expect(reply.headers.get('retry-after')).toBe('3');
      expect(reply.headers.get('content-type')).toContain('application/problem+json');
      await h.call('DELETE', '/__faults');
    }
    await setFaults({ errorRate: { 500: 1 } });
    expect((await h.call('GET', `/units/${unitId}`, { token })).status).toBe(500);
    await h.call('DELETE', '/__faults');
    expect((await h.call('GET', `/units/${unitId}`, { token })).status).toBe(200);
  });

  it('answers 401 token-expired for every earlier token when expireTokensNow is sent', async () => {
    const session = await h.login(account(h, 0), 'Review2025ok');
    await setFaults({ expireTokensNow: true });
    const reply = await h.call('GET', `/units/${unitId}`, { token: session.token });
    expect(reply.status).toBe(401);
    token = (await h.login(account(h, 0), 'Review2025ok')).token;
    expect((await h.call('GET', `/units/${unitId}`, { token })).status).toBe(200);
  });

  it('applies a decision whose answer is cut off, so the retry answers duplicate', async () => {
    const claims = await pullAll<Claim>(h, token, `/units/${unitId}/claims`, 1000);
    const claim = claims.find((c) => c.status === 'submitted');
    if (claim === undefined) throw new Error('no submitted claim');
    const d = decision({ target: { kind: 'claim', id: claim.id }, baseRevision: claim.revision });
    await setFaults({ resetRate: 1 });
    await expect(
      h.call('POST', `/units/${unitId}/decisions`, { token, body: { decisions: [d] } }),
    ).rejects.toThrow();
    await h.call('DELETE', '/__faults');
    const retry = await h.call('POST', `/units/${unitId}/decisions`, {
      token,
      body: { decisions: [d] },
    });
    expect((retry.body as { results: { status: string }[] }).results[0]?.status).toBe('duplicate');
  });

  it('delays answers by latencyMs when latency is injected', async () => {
    await setFaults({ latencyMs: 300 });
    const started = performance.now();
    await h.call('GET', `/units/${unitId}`, { token });
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    await h.call('DELETE', '/__faults');
  });

  it('refuses unknown fault settings with 400', async () => {
    expect((await h.call('POST', '/__faults', { body: { errorRate: { 404: 1 } } })).status).toBe(
      400,
    );
  });
});

describe('rate limit', () => {
  it('answers 429 rate-limited with Retry-After when a client spends its request budget', async () => {
    const { startServer } = await import('../server/start.ts');
    const limited = await startServer({
      db: h.server.db,
      port: 0,
      rateLimit: { perSecond: 1, burst: 2 },
    });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 4; i++) {
        const reply = await fetch(`${limited.baseUrl}/units/${unitId}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        statuses.push(reply.status);
        if (reply.status === 429) retryAfter = reply.headers.get('retry-after');
      }
      expect(statuses.slice(0, 2)).toEqual([200, 200]);
      expect(statuses).toContain(429);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    } finally {
      await limited.close();
    }
  });
});

describe('faults when off', () => {
  it('does not serve /__faults when the server runs without --faults', async () => {
    const { startServer } = await import('../server/start.ts');
    const plain = await startServer({ db: h.server.db, port: 0 });
    try {
      const reply = await fetch(`${plain.url}/__faults`, {
        method: 'POST',
        body: '{"latencyMs":1}',
        headers: { 'content-type': 'application/json' },
      });
      expect(reply.status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
