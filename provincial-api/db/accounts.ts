import { createHash, randomBytes } from 'node:crypto';
import {
  loginFailureLimit,
  loginFailureWindowMs,
  tokenLifeMs,
  type Unit,
} from '../../shared/contract/index.ts';
import type { Database } from './database.ts';
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
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function findAccount(db: Database, account: string): Promise<AccountRow | undefined> {
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
export async function lockRemainingMs(
  db: Database,
  account: string,
  nowMs: number,
): Promise<number> {
  const rows = await db.query<{ at: number }>(
    `SELECT at_ms::float8 AS at FROM login_failures
      WHERE account = $1 AND at_ms > $2 ORDER BY at_ms DESC LIMIT ${loginFailureLimit}`,
    [account, nowMs - loginFailureWindowMs],
  );
  const oldest = rows[loginFailureLimit - 1];
  return oldest === undefined ? 0 : Math.max(0, oldest.at + loginFailureWindowMs - nowMs);
}

export async function recordFailure(db: Database, account: string, nowMs: number): Promise<void> {
  await db.query('DELETE FROM login_failures WHERE account = $1 AND at_ms <= $2', [
    account,
    nowMs - loginFailureWindowMs,
  ]);
  await db.query('INSERT INTO login_failures VALUES ($1, $2)', [account, nowMs]);
}

export async function checkPassword(row: AccountRow, password: string): Promise<boolean> {
  return verifyPassword(password, row.passwordHash);
}

export async function createSession(
  db: Database,
  row: AccountRow,
  nowMs: number,
): Promise<{ token: string; expiresMs: number }> {
  await db.query('DELETE FROM login_failures WHERE account = $1', [row.account]);
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
    `SELECT s.account, s.unit_id AS "unitId", a.must_change AS "mustChange"
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

export async function setPassword(db: Database, account: string, password: string): Promise<void> {
  await db.query('UPDATE accounts SET password_hash = $2, must_change = false WHERE account = $1', [
    account,
    await hashPassword(password),
  ]);
}
