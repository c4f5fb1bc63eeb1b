import { existsSync } from 'node:fs';
import { openApp, screenFigures, signInToFirstRows } from './browser-figures.ts';
import { benchPassword } from './seeded-unit.ts';
import { buildBenchApp, keptProfile, openKeptProfile, startBenchStack } from './stack.ts';

// `node tests/bench/probe-screens.ts`: the screen timings alone, on a replica kept in a persistent
// browser profile (pulled once), for working on the screens without a full bench each time. Fixed
// ports keep the app's origin, and so its IndexedDB, the same from one run to the next.
buildBenchApp();
const isFresh = !existsSync(keptProfile);
const stack = await startBenchStack(undefined, { server: 38787, app: 35173 });
const context = await openKeptProfile();
const page = context.pages()[0] ?? (await context.newPage());
const options = {
  appOrigin: stack.renderer.url,
  serverUrl: stack.server.baseUrl,
  account: stack.seeded.account.account,
  password: benchPassword,
  runs: 3,
  log: (line: string) => process.stdout.write(`${line}\n`),
};
if (isFresh) {
  const query = new URLSearchParams({
    server: options.serverUrl,
    account: options.account,
    password: benchPassword,
  });
  await page.goto(`${stack.renderer.url}bench.html?${query.toString()}`);
  await page.evaluate(() =>
    (window as unknown as { bench: (s: string) => Promise<unknown> }).bench('pull'),
  );
}
await openApp(page, options);
const signIn = await signInToFirstRows(page, options);
process.stdout.write(`sign-in to first rows: ${signIn.toFixed(0)} ms\n`);
process.stdout.write(`${JSON.stringify(await screenFigures(page, options), null, 2)}\n`);
await context.close();
await stack.close();
