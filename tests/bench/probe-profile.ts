import { benchPassword } from './seeded-unit.ts';
import { openKeptProfile, startBenchStack } from './stack.ts';

// Development aid: CPU profile of one inbox opening and one J on the kept replica (probe-screens first).
const stack = await startBenchStack(undefined, { server: 38787, app: 35173 });
const { seeded, server, renderer } = stack;
const context = await openKeptProfile();
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${renderer.url}index.html?server=${encodeURIComponent(server.baseUrl)}`);
await page.getByLabel('账号').fill(seeded.account.account);
await page.getByLabel('密码').fill(benchPassword);
await page.getByRole('button', { name: '登录' }).click();
await page.getByRole('status', { name: '待同步' }).waitFor({ timeout: 300_000 });
await page.evaluate(() => (location.hash = '#/sync'));
await page.getByRole('button', { name: '立即同步' }).waitFor();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const what = process.argv[2] ?? 'inbox';
if (what === 'next') {
  await page.evaluate(() => (location.hash = '#/inbox'));
  await page.locator('.virtual-row').first().click();
  await page.getByRole('button', { name: '通过', exact: true }).waitFor();
}
await cdp.send('Profiler.start');
if (what === 'inbox') {
  await page.evaluate(() => (location.hash = '#/inbox'));
  await page.locator('.virtual-row').first().waitFor();
} else {
  await page.keyboard.press('j');
  await page.waitForTimeout(600);
}
const { profile } = (await cdp.send('Profiler.stop')) as {
  profile: {
    nodes: {
      id: number;
      callFrame: { functionName: string; url: string; lineNumber: number };
      hitCount?: number;
    }[];
    samples: number[];
    timeDeltas: number[];
  };
};
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples.forEach((id, i) => {
  const node = byId.get(id);
  if (node === undefined) return;
  const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
  process.stdout.write(`${ms.toFixed(1).padStart(8)} ms  ${key}\n`);
await context.close();
await stack.close();
