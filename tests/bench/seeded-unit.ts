import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { schemaVersion, seed, type SeededAccount } from '../../provincial-api/index.ts';
import { createApiClient } from '../../renderer/src/data/sync/api-client.ts';

export interface BenchSeed {
  readonly dataDir: string;
  readonly account: SeededAccount;
  /** Seconds the seeding took, or null when a kept seed was reused. */
  readonly seedSeconds: number | null;
}

const pristine = '.data/bench-seed';
const working = '.data/bench-run';

/**
 * One unit of 20,000 staff and 100,000 claims. The seed is kept (it takes a while) and copied for
 * each run, because a run changes the data (it pushes decisions). A seed made under an older
 * schema is made again rather than migrated on every copy (a migration may rewrite whole tables).
 */
export async function benchSeed(staff: number, claims: number): Promise<BenchSeed> {
  const marker = `${pristine}/bench.json`;
  let seedSeconds: number | null = null;
  const kept = existsSync(marker)
    ? (JSON.parse(readFileSync(marker, 'utf8')) as {
        staff: number;
        claims: number;
        schemaVersion?: number;
        account: SeededAccount;
      })
    : null;
  let account = kept?.account;
  if (
    kept === null ||
    kept.staff !== staff ||
    kept.claims !== claims ||
    kept.schemaVersion !== schemaVersion ||
    account === undefined
  ) {
    rmSync(pristine, { recursive: true, force: true });
    mkdirSync(pristine, { recursive: true });
    const started = performance.now();
    const [seeded] = await seed({
      dataDir: `${pristine}/db`,
      units: 1,
      staff,
      claims,
      randomSeed: 2026,
    });
    seedSeconds = (performance.now() - started) / 1000;
    if (seeded === undefined) throw new Error('seed made no unit');
    account = seeded;
    writeFileSync(marker, JSON.stringify({ staff, claims, schemaVersion, account }));
  }
  rmSync(working, { recursive: true, force: true });
  cpSync(`${pristine}/db`, working, { recursive: true });
  return { dataDir: working, account, seedSeconds };
}

export const benchPassword = 'Bench2026ok';

/** Signs in once and replaces the initial password, as a reviewer's first sign-in does. */
export async function readyAccount(baseUrl: string, account: SeededAccount): Promise<void> {
  let token: string | null = null;
  const client = createApiClient({ baseUrl, token: () => token });
  const first = await client.login(account.account, account.password);
  if (!first.ok) return;
  token = first.value.token;
  if (first.value.mustChangePassword) await client.changePassword(account.password, benchPassword);
}
