import { spawnSync } from 'node:child_process';
import { chromium, type BrowserContext } from 'playwright-core';
import { startServer, type RunningServer } from '../../provincial-api/index.ts';
import { serveRenderer, type RendererServer } from '../../scripts/serve-renderer.ts';
import { chromiumArgs, chromiumPath } from '../e2e/browser.ts';
import { benchSeed, readyAccount, type BenchSeed } from './seeded-unit.ts';

export interface BenchStack {
  readonly seeded: BenchSeed;
  readonly server: RunningServer;
  readonly renderer: RendererServer;
  close(): Promise<void>;
}

/** The app with its benchmark page, built into dist/bench. */
export function buildBenchApp(): void {
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, CE_BENCH: '1' },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** The 20,000 / 100,000 unit on the reference server, and the built app beside it. */
export async function startBenchStack(
  size = { staff: 20_000, claims: 100_000 },
  ports = { server: 0, app: 0 },
): Promise<BenchStack> {
  const seeded = await benchSeed(size.staff, size.claims);
  const server = await startServer({
    dataDir: seeded.dataDir,
    port: ports.server,
    rateLimit: false,
    log: () => {},
  });
  await readyAccount(server.baseUrl, seeded.account);
  const renderer = await serveRenderer({
    port: ports.app,
    serverUrl: server.baseUrl,
    outDir: '../dist/bench',
  });
  return {
    seeded,
    server,
    renderer,
    async close() {
      await renderer.close();
      await server.close();
    },
  };
}

/** A browser profile kept between probe runs, so its replica is pulled only once. */
export const keptProfile = '.data/bench-profile';

export function openKeptProfile(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(keptProfile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    viewport: { width: 1366, height: 768 },
  });
}
