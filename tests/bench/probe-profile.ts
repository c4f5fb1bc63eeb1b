import { printProfile, type CpuProfile } from './cpu-profile.ts';
import { openKeptSession } from './kept-session.ts';

// Development aid: CPU profile of five inbox openings, five J or five filters (`inbox`, `next`,
// `filter`) on the kept replica (run probe-screens first).
const { context, page, close } = await openKeptSession();
await page.evaluate(() => (location.hash = '#/sync'));
await page.getByRole('button', { name: '立即同步' }).waitFor();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const what = process.argv[2] ?? 'inbox';
if (what !== 'inbox') {
  await page.evaluate(() => (location.hash = '#/inbox'));
  await page.locator('.virtual-row').first().click();
  await page.getByRole('button', { name: '通过', exact: true }).waitFor();
}
await cdp.send('Profiler.start');
if (what === 'inbox') {
  // Five openings, as the benchmark makes them: from the sync page back to the inbox.
  for (let n = 0; n < 5; n += 1) {
    await page.evaluate(() => (location.hash = '#/inbox'));
    await page.locator('.virtual-row').first().waitFor();
    await page.waitForTimeout(300);
    await page.evaluate(() => (location.hash = '#/sync'));
    await page.getByRole('button', { name: '立即同步' }).waitFor();
  }
} else {
  for (let n = 0; n < 5; n += 1) {
    if (what === 'next') await page.keyboard.press('j');
    else await page.getByText(n % 2 === 0 ? '全部' : '未审', { exact: true }).click();
    await page.waitForTimeout(400);
  }
}
const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
printProfile(profile, (line) => process.stdout.write(`${line}\n`), 400);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const node of profile.nodes)
  for (const child of node.children ?? []) parent.set(child, node.id);
// Who forces layout: the callers (three frames up) of getBoundingClientRect, by time.
const callers = new Map<string, number>();
profile.samples.forEach((id, i) => {
  if (byId.get(id)?.callFrame.functionName !== 'getBoundingClientRect') return;
  const chain: string[] = [];
  for (let at = parent.get(id); at !== undefined && chain.length < 8; at = parent.get(at)) {
    const frame = byId.get(at)?.callFrame;
    if (frame !== undefined)
      chain.push(
        `${frame.functionName || '(anon)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber}`,
      );
  }
  const key = chain.join(' < ');
  callers.set(key, (callers.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
for (const [key, ms] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 10))
  process.stdout.write(`layout ${ms.toFixed(1).padStart(8)} ms  ${key}\n`);
await close();
