import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenLifeMs, type Problem, type Session } from '../../shared/contract/index.ts';
import { account, newPassword, startHarness, type Harness } from './harness.ts';

// README "Accounts", line by line. Unit 0 is the one whose password these tests change;
// unit 1 keeps its initial password for the forced-change rule; units 2 and 3 get locked.
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ units: 4, staff: 10, claims: 20 });
});
afterAll(() => h.close());

const kindOf = (body: unknown) => (body as Problem).type.split('/').at(-1);

describe('accounts: initial password and forced change', () => {
  it('signs in with the last six characters of the 身份证号 and says mustChangePassword when the password is initial', async () => {
    const a = account(h, 1);
    expect(a.password).toBe(a.account.slice(-6));
    const session = await h.login(a);
    expect(session.mustChangePassword).toBe(true);
    expect(session.unit.id).toBe(a.unitId);
    expect(session.admin.name).not.toBe('');
  });

  it('answers 403 password-change-required on every other call when the password is initial', async () => {
    const a = account(h, 1);
    const { token } = await h.login(a);
    for (const path of [
      `/units/${a.unitId}`,
      `/units/${a.unitId}/staff`,
      `/units/${a.unitId}/claims`,
      '/attachments/x',
    ]) {
      const reply = await h.call('GET', path, { token });
      expect(reply.status, path).toBe(403);
      expect(kindOf(reply.body), path).toBe('password-change-required');
    }
    const push = await h.call('POST', `/units/${a.unitId}/decisions`, {
      token,
      body: { decisions: [] },
    });
    expect(push.status).toBe(403);
    expect(push.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses weak new passwords with 400 when they are short, lack letters or digits, or contain the last six digits', async () => {
    const a = account(h, 1);
    const { token } = await h.login(a);
    for (const candidate of ['ab1', 'abcdefghij', '1234567890', `x${a.password}yz9`]) {
      const reply = await h.call('POST', '/auth/password', {
        token,
        body: { oldPassword: a.password, newPassword: candidate },
      });
      expect(reply.status, candidate).toBe(400);
      expect(kindOf(reply.body)).toBe('weak-password');
    }
  });

  it('refuses a change with 400 wrong-password when the old password is wrong', async () => {
    const a = account(h, 1);
    const { token } = await h.login(a);
    const reply = await h.call('POST', '/auth/password', {
      token,
      body: { oldPassword: 'nope', newPassword },
    });
    expect(reply.status).toBe(400);
    expect(kindOf(reply.body)).toBe('wrong-password');
  });

  it('keeps the token valid and clears mustChangePassword when the password is changed', async () => {
    const a = account(h, 0);
    const session = await h.login(a);
    const changed = await h.call('POST', '/auth/password', {
      token: session.token,
      body: { oldPassword: a.password, newPassword },
    });
    expect(changed.status).toBe(204);
    expect((await h.call('GET', `/units/${a.unitId}`, { token: session.token })).status).toBe(200);
    const again = await h.login(a, newPassword);
    expect(again.mustChangePassword).toBe(false);
    const old = await h.call('POST', '/auth/login', {
      body: { account: a.account, password: a.password },
    });
    expect(old.status).toBe(401);
    expect(kindOf(old.body)).toBe('invalid-credentials');
  });

  it('ends every other token of the account when the password is changed, and keeps the one that changed it', async () => {
    const a = account(h, 0);
    const [changer, other] = [await h.login(a, newPassword), await h.login(a, newPassword)];
    const path = `/units/${a.unitId}`;
    expect((await h.call('GET', path, { token: other.token })).status).toBe(200);
    const change = (token: string, from: string, to: string) =>
      h.call('POST', '/auth/password', { token, body: { oldPassword: from, newPassword: to } });
    expect((await change(changer.token, newPassword, 'Another2025x')).status).toBe(204);
    const ended = await h.call('GET', path, { token: other.token });
    expect([ended.status, kindOf(ended.body)]).toEqual([401, 'token-expired']);
    expect((await h.call('GET', path, { token: changer.token })).status).toBe(200);
    expect((await change(changer.token, 'Another2025x', newPassword)).status).toBe(204);
  });

  it('answers 400 when the login or password request carries an unknown field', async () => {
    const a = account(h, 0);
    const login = await h.call('POST', '/auth/login', {
      body: { account: a.account, password: 'x', remember: true },
    });
    expect(login.status).toBe(400);
    const token = (await h.login(a, newPassword)).token;
    const change = await h.call('POST', '/auth/password', {
      token,
      body: { oldPassword: newPassword, newPassword, confirm: newPassword },
    });
    expect(change.status).toBe(400);
    expect(kindOf(change.body)).toBe('invalid-request');
  });
});

describe('accounts: lockout', () => {
  it('locks the account with 423 and Retry-After when five logins fail within 15 minutes, until the window passes', async () => {
    const a = account(h, 2);
    const attempt = (password: string) =>
      h.call('POST', '/auth/login', { body: { account: a.account, password } });
    for (let i = 0; i < 4; i++) expect((await attempt('wrong-1')).status).toBe(401);
    const fifth = await attempt('wrong-1');
    expect(fifth.status).toBe(423);
    expect(kindOf(fifth.body)).toBe('locked');
    const retryAfter = Number(fifth.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    const correctWhileLocked = await attempt(a.password);
    expect(correctWhileLocked.status).toBe(423);
    h.shiftClock(15 * 60 * 1000 + 1000);
    expect((await attempt(a.password)).status).toBe(200);
  });
});

describe('accounts: lockout under parallel attempts', () => {
  it('counts failed logins atomically, so twenty parallel wrong passwords check at most five and lock the account', async () => {
    const a = account(h, 3);
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        h.call('POST', '/auth/login', { body: { account: a.account, password: `wrong-${i}` } }),
      ),
    );
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s !== 401 && s !== 423)).toEqual([]);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(4);
    // Only attempts whose password was checked are counted; the others met the lock.
    const counted = await h.server.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM login_failures WHERE account = $1',
      [a.account],
    );
    expect(counted).toEqual([{ n: 5 }]);
    const right = await h.call('POST', '/auth/login', {
      body: { account: a.account, password: a.password },
    });
    expect([right.status, kindOf(right.body)]).toEqual([423, 'locked']);
  });

  it('answers an unknown account exactly as a wrong password, and locks it the same way', async () => {
    const known = await h.call('POST', '/auth/login', {
      body: { account: account(h, 1).account, password: 'wrong-password' },
    });
    const unknown = await h.call('POST', '/auth/login', {
      body: { account: '110105194912310029', password: 'wrong-password' },
    });
    expect([unknown.status, unknown.body]).toEqual([known.status, known.body]);
    expect(unknown.status).toBe(401);
    const attempts = [];
    for (let i = 0; i < 4; i++) {
      const reply = await h.call('POST', '/auth/login', {
        body: { account: '110105194912310029', password: 'wrong-password' },
      });
      attempts.push(reply.status);
    }
    expect(attempts).toEqual([401, 401, 401, 423]);
  });
});

describe('accounts: tokens', () => {
  it('issues a token that expires 8 hours after sign-in, as UTC ISO with milliseconds', async () => {
    const before = Date.now();
    const session: Session = await h.login(account(h, 0), newPassword);
    expect(session.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const lifetime = Date.parse(session.expiresAt) - before;
    expect(lifetime).toBeGreaterThan(tokenLifeMs - 60_000);
    expect(lifetime).toBeLessThanOrEqual(tokenLifeMs + 15 * 60_000 + 2000);
  });

  it('answers 401 token-expired when the token is older than 8 hours, unknown or missing', async () => {
    const a = account(h, 0);
    const { token } = await h.login(a, newPassword);
    const path = `/units/${a.unitId}`;
    expect((await h.call('GET', path, { token })).status).toBe(200);
    for (const reply of [
      await h.call('GET', path, { token: 'not-a-token' }),
      await h.call('GET', path),
    ]) {
      expect(reply.status).toBe(401);
      expect(kindOf(reply.body)).toBe('token-expired');
    }
    h.shiftClock(tokenLifeMs + 1000);
    const expired = await h.call('GET', path, { token });
    expect(expired.status).toBe(401);
    expect(kindOf(expired.body)).toBe('token-expired');
  });
});

describe('accounts: unit scoping', () => {
  it("answers 403 for another unit's path and 404 for another unit's attachment", async () => {
    const [mine, theirs] = [account(h, 0), account(h, 2)];
    const token = (await h.login(mine, newPassword)).token;
    for (const path of [
      `/units/${theirs.unitId}`,
      `/units/${theirs.unitId}/staff`,
      `/units/${theirs.unitId}/claims`,
    ]) {
      const reply = await h.call('GET', path, { token });
      expect(reply.status, path).toBe(403);
      expect(kindOf(reply.body)).toBe('forbidden');
    }
    const push = await h.call('POST', `/units/${theirs.unitId}/decisions`, {
      token,
      body: { decisions: [] },
    });
    expect(push.status).toBe(403);
    const theirToken = await h.ready(theirs);
    const theirClaims = await h.call('GET', `/units/${theirs.unitId}/claims?limit=1000`, {
      token: theirToken,
    });
    const attachmentId = (
      theirClaims.body as { documents: { attachments: { id: string }[] }[] }
    ).documents.flatMap((c) => c.attachments)[0]?.id;
    expect(attachmentId).toBeDefined();
    const foreign = await h.call('GET', `/attachments/${attachmentId ?? ''}`, { token });
    expect(foreign.status).toBe(404);
    expect(
      (await h.call('GET', `/attachments/${attachmentId ?? ''}`, { token: theirToken })).status,
    ).toBe(200);
  });
});
