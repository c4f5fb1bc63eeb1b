import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  problemKindOf,
  problemSchema,
  sessionSchema,
  unitSchema,
  type Claim,
} from '../../shared/contract/index.ts';
import { account, decision, startHarness, type Harness } from './harness.ts';

// README "Conventions", line by line (429/503 with Retry-After are in faults.test.ts).
let h: Harness;
let token: string;
let unitId: string;
beforeAll(async () => {
  h = await startHarness({ units: 1, staff: 5, claims: 10 });
  const a = account(h, 0);
  unitId = a.unitId;
  token = await h.ready(a);
});
afterAll(() => h.close());

describe('conventions', () => {
  it('answers JSON in UTF-8 whose documents keep the contract schemas', async () => {
    const unit = await h.call('GET', `/units/${unitId}`, { token });
    expect(unit.headers.get('content-type')).toMatch(/^application\/json; charset=utf-8/);
    expect(unitSchema.safeParse(unit.body).success).toBe(true);
    const session = await h.call('POST', '/auth/login', {
      body: { account: account(h, 0).account, password: 'Review2025ok' },
    });
    expect(sessionSchema.safeParse(session.body).success).toBe(true);
  });

  it('answers RFC 9457 problems with a stable type per kind when something fails', async () => {
    const replies = [
      await h.call('GET', `/units/${unitId}`),
      await h.call('GET', '/no-such-endpoint', { token }),
      await h.call('POST', '/auth/login', {
        rawBody: '{"account":',
        headers: { 'content-type': 'application/json' },
      }),
    ];
    expect(replies.map((r) => r.status)).toEqual([401, 404, 400]);
    for (const reply of replies) {
      expect(reply.headers.get('content-type')).toContain('application/problem+json');
      const parsed = problemSchema.parse(reply.body);
      expect(parsed.status).toBe(reply.status);
      expect(problemKindOf(parsed.type)).toBeDefined();
      expect(parsed.title).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('says Cache-Control: no-store on every answer that carries personal data', async () => {
    const claims = await h.call('GET', `/units/${unitId}/claims?limit=1000`, { token });
    const attachmentId = (claims.body as { documents: Claim[] }).documents.flatMap(
      (c) => c.attachments,
    )[0]?.id;
    const replies = [
      await h.call('POST', '/auth/login', {
        body: { account: account(h, 0).account, password: 'Review2025ok' },
      }),
      await h.call('GET', `/units/${unitId}`, { token }),
      await h.call('GET', `/units/${unitId}/staff`, { token }),
      claims,
      await h.call('GET', `/attachments/${attachmentId ?? ''}`, { token }),
      await h.call('POST', `/units/${unitId}/decisions`, {
        token,
        body: { decisions: [decision({ target: { kind: 'claim', id: 'none' }, baseRevision: 1 })] },
      }),
    ];
    expect(replies.map((r) => [r.status, r.headers.get('cache-control')])).toEqual([
      [200, 'no-store'],
      [200, 'no-store'],
      [200, 'no-store'],
      [200, 'no-store'],
      [200, 'no-store'],
      [200, 'no-store'],
    ]);
  });

  it('answers 413 when a request body is over 1 MiB', async () => {
    const big = { decisions: [], padding: 'x'.repeat(1024 * 1024) };
    const reply = await h.call('POST', `/units/${unitId}/decisions`, { token, body: big });
    expect(reply.status).toBe(413);
    expect(problemKindOf((reply.body as { type: string }).type)).toBe('payload-too-large');
  });

  it('answers 400 for unknown query parameters and non-JSON bodies', async () => {
    expect((await h.call('GET', `/units/${unitId}/staff?since=0`, { token })).status).toBe(400);
    const text = await h.call('POST', '/auth/login', {
      rawBody: 'account=1',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBeGreaterThanOrEqual(400);
    expect(text.status).toBeLessThan(500);
  });

  it('answers CORS preflights and exposes ETag and Retry-After when the origin is loopback, and not otherwise', async () => {
    const origin = 'http://127.0.0.1:5173';
    const preflight = await fetch(`${h.server.baseUrl}/units/${unitId}/claims`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
    const simple = await h.call('GET', `/units/${unitId}`, {
      token,
      headers: { origin: 'http://localhost:3000' },
    });
    expect(simple.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(simple.headers.get('access-control-expose-headers')).toContain('ETag');
    const foreign = await h.call('GET', `/units/${unitId}`, {
      token,
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });
});
