import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  loginFailureLimit,
  loginFailureWindowMs,
  tokenLifeMs,
  type Unit,
} from '../../shared/contract/index.ts';
import type { Database, Sql } from './database.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

export interface AccountRow {
  readonly account: string;
  readonly unitId: string;
  readonly adminId: string;
  readonly adminName: string;
  readonly passwordHash: string;
  readonly mustChange: boolean;
}

export interface SessionInfo {
  readonly account: string;
  readonly unitId: string;
  readonly mustChange: boolean;
  /** The sha256 of the token, to tell this session from the account's others. */
  readonly tokenHash: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function findAccount(db: Sql, account: string): Promise<AccountRow | undefined> {
  const rows = await db.query<AccountRow>(
    `SELECT account, unit_id AS "unitId", admin_id AS "adminId", admin_name AS "adminName",
            password_hash AS "passwordHash", must_change AS "mustChange"
       FROM accounts WHERE account = $1`,
    [account],
  );
  return rows[0];
}

export async function findUnit(db: Database, unitId: string): Promise<Unit | undefined> {
  const rows = await db.query<{ doc: Unit }>('SELECT doc FROM units WHERE id = $1', [unitId]);
  return rows[0]?.doc;
}

/**
 * Milliseconds until the account may try again, or 0. Five failures inside 15 minutes lock it
 * until the oldest of those five is 15 minutes old; attempts while locked are not counted.
 */
async function lockRemainingMs(tx: Sql, account: string, nowMs: number): Promise<number> {
  const rows = await tx.query<{ at: number }>(
    `SELECT at_ms::float8 AS at FROM login_failures
      WHERE account = $1 AND at_ms > $2 ORDER BY at_ms DESC LIMIT ${loginFailureLimit}`,
    [account, nowMs - loginFailureWindowMs],
  );
  const oldest = rows[loginFailureLimit - 1];
  return oldest === undefined ? 0 : Math.max(0, oldest.at + loginFailureWindowMs - nowMs);
}

/** Holds the account's lockout rows until the transaction ends, known account or not. */
async function lockAccount(tx: Sql, account: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [account]);
}

/** A hash of nothing anyone knows: an unknown account's password is checked against it. */
let dummyHash: Promise<string> | undefined;
/** The stored hash a login checks the password against: the account's, or the dummy one. */
export function hashToCheck(row: AccountRow | undefined): Promise<string> {
  if (row !== undefined) return Promise.resolve(row.passwordHash);
  dummyHash ??= hashPassword(randomBytes(18).toString('base64'));
  return dummyHash;
}

export type LoginOutcome =
  | { readonly kind: 'locked'; readonly waitMs: number }
  | { readonly kind: 'wrong'; readonly waitMs: number }
  | { readonly kind: 'signed-in'; readonly row: AccountRow };

/**
 * One login attempt. It is counted as a failure before the password is checked, under a lock of
 * the account, so parallel attempts cannot all pass the lockout check first: at most five are
 * ever being checked. A right password takes its count back. An unknown account runs the same
 * scrypt against a dummy hash, so the time taken does not tell which accounts exist; it locks
 * the same way.
 */
export async function attemptLogin(
  db: Database,
  account: string,
  password: string,
  nowMs: number,
): Promise<LoginOutcome> {
  const attempt = randomUUID();
  const reserved = await db.transaction(async (tx) => {
    await lockAccount(tx, account);
    const waitMs = await lockRemainingMs(tx, account, nowMs);
    if (waitMs > 0) return { kind: 'locked', waitMs } as const;
    await tx.query('DELETE FROM login_failures WHERE account = $1 AND at_ms <= $2', [
      account,
      nowMs - loginFailureWindowMs,
    ]);
    await tx.query('INSERT INTO login_failures (account, at_ms, attempt) VALUES ($1, $2, $3)', [
      account,
      nowMs,
      attempt,
    ]);
    return { kind: 'counted', row: await findAccount(tx, account) } as const;
  });
  if (reserved.kind === 'locked') return reserved;
  const isRight = await verifyPassword(password, await hashToCheck(reserved.row));
  if (!isRight || reserved.row === undefined) {
    return { kind: 'wrong', waitMs: await lockRemainingMs(db, account, nowMs) };
  }
  // A right password clears the account's failures, its own count among them.
  await db.query('DELETE FROM login_failures WHERE account = $1', [account]);
  return { kind: 'signed-in', row: reserved.row };
}

export async function checkPassword(row: AccountRow, password: string): Promise<boolean> {
  return verifyPassword(password, row.passwordHash);
}

export async function createSession(
  db: Database,
  row: AccountRow,
  nowMs: number,
): Promise<{ token: string; expiresMs: number }> {
  await db.query('DELETE FROM sessions WHERE account = $1 AND expires_ms <= $2', [
    row.account,
    nowMs,
  ]);
  const token = randomBytes(32).toString('base64url');
  const expiresMs = nowMs + tokenLifeMs;
  await db.query('INSERT INTO sessions VALUES ($1, $2, $3, $4)', [
    hashToken(token),
    row.account,
    row.unitId,
    expiresMs,
  ]);
  return { token, expiresMs };
}

export async function findSession(
  db: Database,
  token: string,
  nowMs: number,
): Promise<SessionInfo | undefined> {
  const rows = await db.query<SessionInfo>(
    `SELECT s.account, s.unit_id AS "unitId", a.must_change AS "mustChange", s.token_hash AS "tokenHash"
       FROM sessions s JOIN accounts a ON a.account = s.account
      WHERE s.token_hash = $1 AND s.expires_ms > $2`,
    [hashToken(token), nowMs],
  );
  return rows[0];
}

/** Fault injection: every token issued so far is expired from now on. */
export async function expireAllSessions(db: Database): Promise<void> {
  await db.query('UPDATE sessions SET expires_ms = 0');
}

/**
 * Sets a new password and ends every other token of the account: whoever held one signed in
 * with the old password. The token that made the change stays valid (the contract says so).
 */
export async function setPassword(
  db: Database,
  session: SessionInfo,
  password: string,
): Promise<void> {
  const hash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx.query(
      'UPDATE accounts SET password_hash = $2, must_change = false WHERE account = $1',
      [session.account, hash],
    );
    await tx.query('DELETE FROM sessions WHERE account = $1 AND token_hash <> $2', [
      session.account,
      session.tokenHash,
    ]);
  });
}
