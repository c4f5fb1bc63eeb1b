import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentMimeTypes, type Claim } from '../../shared/contract/index.ts';
import { account, pullAll, startHarness, type Harness } from './harness.ts';

// README "Attachments".
let h: Harness;
let token: string;
let claims: Claim[];
beforeAll(async () => {
  h = await startHarness({ units: 1, staff: 20, claims: 60 });
  const a = account(h, 0);
  token = await h.ready(a);
  claims = await pullAll<Claim>(h, token, `/units/${a.unitId}/claims`, 1000);
});
afterAll(() => h.close());

const magic: Record<(typeof attachmentMimeTypes)[number], string> = {
  'application/pdf': '%PDF',
  'image/png': '\x89PNG',
  'image/jpeg': '\xff\xd8\xff',
};

describe('attachments', () => {
  it("returns each file with its MIME type and a quoted sha256 ETag that matches the bytes and the claim's record", async () => {
    const listed = claims.flatMap((c) => c.attachments);
    expect(listed.length).toBeGreaterThan(10);
    const kinds = new Set<string>();
    // The first files, and the first of each kind: most evidence is PDF, scans are fewer.
    const sample = [
      ...listed.slice(0, 10),
      ...attachmentMimeTypes.flatMap((type) =>
        listed.filter((a) => a.mimeType === type).slice(0, 1),
      ),
    ];
    for (const attachment of sample) {
      const reply = await h.call('GET', `/attachments/${attachment.id}`, { token });
      expect(reply.status).toBe(200);
      const digest = createHash('sha256').update(reply.bytes).digest('hex');
      expect(reply.headers.get('etag')).toBe(`"${digest}"`);
      expect(digest).toBe(attachment.sha256);
      expect(reply.bytes.length).toBe(attachment.size);
      expect(reply.headers.get('content-type')).toBe(attachment.mimeType);
      kinds.add(attachment.mimeType);
      const head = reply.bytes.subarray(0, 4).toString('latin1');
      expect(head.startsWith(magic[attachment.mimeType])).toBe(true);
    }
    expect(kinds).toEqual(new Set(attachmentMimeTypes));
  });

  it('answers 304 without a body when If-None-Match names the ETag, and 200 when it names another', async () => {
    const attachment = claims.flatMap((c) => c.attachments)[0];
    if (attachment === undefined) throw new Error('no attachment');
    const path = `/attachments/${attachment.id}`;
    const cached = await h.call('GET', path, {
      token,
      headers: { 'if-none-match': `"${attachment.sha256}"` },
    });
    expect(cached.status).toBe(304);
    expect(cached.bytes.length).toBe(0);
    expect(cached.headers.get('etag')).toBe(`"${attachment.sha256}"`);
    const stale = await h.call('GET', path, {
      token,
      headers: { 'if-none-match': `"${'0'.repeat(64)}"` },
    });
    expect(stale.status).toBe(200);
  });

  it('answers 404 problem for an unknown attachment and 400 for a malformed id', async () => {
    const missing = await h.call('GET', '/attachments/no-such-file', { token });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect((await h.call('GET', `/attachments/${'x'.repeat(65)}`, { token })).status).toBe(400);
  });
});
