import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { startServer } from '../../provincial-api/index.ts';
import { serveRenderer } from '../../scripts/serve-renderer.ts';
import { chromiumPath } from '../e2e/browser.ts';
import { benchPassword, benchSeed, readyAccount } from './seeded-unit.ts';

// `node tests/bench/profile-pull.ts`: splits a full pull's time into its parts (run after a bench).
spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
  stdio: 'inherit',
  env: { ...process.env, CE_BENCH: '1' },
});
const seeded = await benchSeed(20_000, 100_000);
const server = await startServer({
  dataDir: seeded.dataDir,
  port: 0,
  rateLimit: false,
  log: () => {},
});
await readyAccount(server.baseUrl, seeded.account);
const renderer = await serveRenderer({
  port: 0,
  serverUrl: server.baseUrl,
  outDir: '../dist/bench',
});
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-background-networking'],
});
const page = await browser.newPage();
const query = new URLSearchParams({
  server: server.baseUrl,
  account: seeded.account.account,
  password: benchPassword,
});
await page.goto(`${renderer.url}bench.html?${query.toString()}`);
const figures = await page.evaluate(() =>
  (window as unknown as { bench: (s: string) => Promise<unknown> }).bench('profile'),
);
process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
await browser.close();
await renderer.close();
await server.close();
