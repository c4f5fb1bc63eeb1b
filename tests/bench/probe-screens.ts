import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { startServer } from '../../provincial-api/index.ts';
import { serveRenderer } from '../../scripts/serve-renderer.ts';
import { chromiumPath } from '../e2e/browser.ts';
import { screenFigures } from './browser-figures.ts';
import { benchPassword, benchSeed, readyAccount } from './seeded-unit.ts';

// `node tests/bench/probe-screens.ts`: the screen timings alone, on a replica kept in a persistent
// browser profile (pulled once), for working on the screens without a full bench each time.
spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
  stdio: 'inherit',
  env: { ...process.env, CE_BENCH: '1' },
});
const profile = '.data/bench-profile';
const isFresh = !existsSync(profile);
const seeded = await benchSeed(20_000, 100_000);
const server = await startServer({
  dataDir: seeded.dataDir,
  port: 38787,
  rateLimit: false,
  log: () => {},
});
await readyAccount(server.baseUrl, seeded.account);
const renderer = await serveRenderer({
  port: 35173,
  serverUrl: server.baseUrl,
  outDir: '../dist/bench',
});
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-background-networking'],
  viewport: { width: 1366, height: 768 },
});
const page = context.pages()[0] ?? (await context.newPage());
const options = {
  appOrigin: renderer.url,
  serverUrl: server.baseUrl,
  account: seeded.account.account,
  password: benchPassword,
  runs: 3,
  log: (line: string) => process.stdout.write(`${line}\n`),
};
if (isFresh) {
  const query = new URLSearchParams({
    server: server.baseUrl,
    account: options.account,
    password: benchPassword,
  });
  await page.goto(`${renderer.url}bench.html?${query.toString()}`);
  await page.evaluate(() =>
    (window as unknown as { bench: (s: string) => Promise<unknown> }).bench('pull'),
  );
}
process.stdout.write(`${JSON.stringify(await screenFigures(page, options), null, 2)}\n`);
await context.close();
await renderer.close();
await server.close();
