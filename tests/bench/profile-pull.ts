import { launchChromium } from '../e2e/browser.ts';
import { benchPassword } from './seeded-unit.ts';
import { buildBenchApp, startBenchStack } from './stack.ts';

// `node tests/bench/profile-pull.ts`: splits a full pull's time into its parts (run after a bench).
buildBenchApp();
const stack = await startBenchStack();
const { seeded, server, renderer } = stack;
const browser = await launchChromium();
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
await stack.close();
