import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database.ts';
import { runMigrations } from './migrations.ts';

let db: Database;
beforeAll(async () => {
  db = await openDatabase({ dataDir: 'memory://' });
});
afterAll(() => db.close());

describe('runMigrations', () => {
  it('runs each migration whole, so a ; inside a string literal stays in the data', async () => {
    const scripts = [
      `CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL);
       INSERT INTO notes VALUES (1, '甲; 乙;丙');`,
      `INSERT INTO notes VALUES (2, 'a;b'); UPDATE notes SET body = body || ';' WHERE id = 1;`,
    ];
    await runMigrations(db, scripts);
    await runMigrations(db, scripts);
    expect(await db.query('SELECT id, body FROM notes ORDER BY id')).toEqual([
      { id: 1, body: '甲; 乙;丙;' },
      { id: 2, body: 'a;b' },
    ]);
    expect(await db.query('SELECT version FROM schema_migrations ORDER BY version')).toEqual([
      { version: 1 },
      { version: 2 },
    ]);
  });

  it('leaves nothing of a migration that fails half-way', async () => {
    const scripts = [
      `CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL);
       INSERT INTO notes VALUES (1, '甲; 乙;丙');`,
      `INSERT INTO notes VALUES (2, 'a;b'); UPDATE notes SET body = body || ';' WHERE id = 1;`,
      `INSERT INTO notes VALUES (3, 'x;y'); INSERT INTO notes VALUES (3, 'dup');`,
    ];
    await expect(runMigrations(db, scripts)).rejects.toThrow();
    expect(await db.query<{ id: number }>('SELECT id FROM notes ORDER BY id')).toEqual([
      { id: 1 },
      { id: 2 },
    ]);
  });
});
