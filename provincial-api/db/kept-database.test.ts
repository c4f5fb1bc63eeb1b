import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Staff, Unit } from '../../shared/contract/index.ts';
import { startServer, type RunningServer } from '../server/start.ts';
import { openDatabase, type Database } from './database.ts';
import { contract10Migrations, migrations, runMigrations, schemaVersion } from './migrations.ts';
import { hashPassword } from './passwords.ts';

// A database kept from contract 1.0 (its two migrations, its data written as 1.0 wrote it)
// opens under the 1.1 server, is migrated, and serves its records, now with the 1.1 pulls.
const time = '2025-06-03T08:15:30.123Z';
const unit: Unit = {
  id: 'U0001',
  name: '威海市中心医院',
  creditCode: '12371002MB28505419',
  region: '山东省威海市',
  rulebook: 'weihai-2022',
};
const staff: Staff = {
  id: 'U0001-S000001',
  unitId: 'U0001',
  name: '张三',
  idNumber: '371002197507226383',
  status: 'active',
  updatedAt: time,
  revision: 1,
  deleted: false,
};
const claim: Claim = {
  id: 'U0001-C0000001',
  unitId: 'U0001',
  staffId: staff.id,
  year: 2025,
  category: 'training',
  title: '全省卫生系统业务骨干培训班',
  claimedHours: 16,
  attachments: [
    {
      id: 'U0001-C0000001-A1',
      fileName: '证书1.png',
      mimeType: 'image/png',
      size: 3,
      sha256: 'a'.repeat(64),
    },
  ],
  status: 'submitted',
  submittedAt: time,
  updatedAt: time,
  revision: 1,
  deleted: false,
};

let db: Database;
let server: RunningServer;
beforeAll(async () => {
  db = await openDatabase({ dataDir: 'memory://' });
  await runMigrations(db, migrations.slice(0, contract10Migrations));
  const ms = Date.parse(time);
  await db.query('INSERT INTO units VALUES ($1, $2)', [unit.id, JSON.stringify(unit)]);
  await db.query('INSERT INTO accounts VALUES ($1, $2, $3, $4, $5, false)', [
    staff.idNumber,
    unit.id,
    'U0001-admin',
    '李四',
    await hashPassword('Review2025ok'),
  ]);
  await db.query('INSERT INTO staff VALUES ($1, $2, $3, 1, $4)', [
    staff.id,
    unit.id,
    ms,
    JSON.stringify(staff),
  ]);
  await db.query("INSERT INTO claims VALUES ($1, $2, $3, 'submitted', $4, 1, $5)", [
    claim.id,
    unit.id,
    staff.id,
    ms,
    JSON.stringify(claim),
  ]);
  await db.query("INSERT INTO blobs VALUES ($1, '\\x010203')", ['a'.repeat(64)]);
  await db.query("INSERT INTO attachments VALUES ($1, $2, $3, '证书1.png', 'image/png', $4)", [
    'U0001-C0000001-A1',
    unit.id,
    claim.id,
    'a'.repeat(64),
  ]);
  await db.query('INSERT INTO login_failures VALUES ($1, $2)', ['110105194912310029', ms]);
  server = await startServer({ db, port: 0, rateLimit: false });
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('a database kept from contract 1.0', () => {
  it('is migrated to the current schema when the server opens it', async () => {
    expect(await db.query('SELECT max(version)::int AS v FROM schema_migrations')).toEqual([
      { v: schemaVersion },
    ]);
  });

  it('serves its staff, claims and evidence as before, and empty 1.1 pulls', async () => {
    const login = await fetch(`${server.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ account: staff.idNumber, password: 'Review2025ok' }),
    });
    const { token } = (await login.json()) as { token: string };
    const get = async (path: string) =>
      await fetch(`${server.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const origin = { updatedAt: '1970-01-01T00:00:00.000Z', id: '' };
    expect(await (await get('/units/U0001/staff')).json()).toEqual({
      documents: [staff],
      checkpoint: { updatedAt: time, id: staff.id },
    });
    expect(await (await get('/units/U0001/claims')).json()).toEqual({
      documents: [claim],
      checkpoint: { updatedAt: time, id: claim.id },
    });
    for (const kind of ['changes', 'transfers']) {
      expect(await (await get(`/units/U0001/${kind}`)).json()).toEqual({
        documents: [],
        checkpoint: origin,
      });
    }
    const file = await get('/attachments/U0001-C0000001-A1');
    expect([file.status, [...new Uint8Array(await file.arrayBuffer())]]).toEqual([200, [1, 2, 3]]);
  });
});
