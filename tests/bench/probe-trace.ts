import { openKeptSession } from './kept-session.ts';

// Development aid: a Chromium trace of J, a filter or the inbox opening (`next`, `filter`,
// `inbox`), summed by event name on the renderer's main thread, to see style, layout and paint
// beside script (run probe-screens first).
const { context, page, close } = await openKeptSession();
const what = process.argv[2] ?? 'next';
if (what === 'next') {
  await page.evaluate(() => (location.hash = '#/inbox'));
  // As the benchmark leaves it: every claim listed, decided or not.
  if (process.argv[3] === 'all') await page.getByText('全部', { exact: true }).click();
  await page.locator('.virtual-row').first().click();
  await page.getByRole('button', { name: '通过', exact: true }).waitFor();
  await page.keyboard.press('j');
  await page.waitForTimeout(1000);
} else if (what === 'filter') {
  await page.evaluate(() => (location.hash = '#/inbox'));
  await page.locator('.virtual-row').first().waitFor();
}
const cdp = await context.newCDPSession(page);
interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly dur?: number;
  readonly tid: number;
  readonly ts: number;
}
const events: TraceEvent[] = [];
cdp.on('Tracing.dataCollected', (data) => {
  for (const event of data.value) events.push(event as unknown as TraceEvent);
});
const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
await cdp.send('Tracing.start', {
  categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing',
  transferMode: 'ReportEvents',
});
const presses = 5;
for (let n = 0; n < presses; n += 1) {
  if (what === 'next') await page.keyboard.press('j');
  else if (what === 'filter')
    await page.getByText(n % 2 === 0 ? '全部' : '未审', { exact: true }).click();
  else {
    await page.evaluate(() => (location.hash = '#/sync'));
    await page.getByRole('button', { name: '立即同步' }).waitFor();
    await page.evaluate(() => {
      performance.mark('probe:open');
      location.hash = '#/inbox';
    });
  }
  await page.waitForTimeout(500);
}
await cdp.send('Tracing.end');
await done;
const marks = await page.evaluate(() =>
  performance.getEntriesByType('mark').map((m) => `${m.name}@${m.startTime.toFixed(1)}`),
);
const startMark = { next: 'ce:next', filter: 'ce:filter' }[what] ?? 'probe:open';
const endMark = what === 'next' ? 'ce:claim-shown' : 'ce:inbox-rows';
const main = events.find((e) => e.name === startMark)?.tid;
// Per wait (from the start mark to the shown mark): the main thread's time by event name.
const starts = events.filter((e) => e.tid === main && e.name === startMark);
const ends = starts.map((start) =>
  events.find((e) => e.tid === main && e.name === endMark && e.ts > start.ts),
);
const sums = new Map<string, number>();
starts.forEach((start, index) => {
  const end = ends[index];
  if (end === undefined) return;
  const own = new Map<string, number>();
  for (const e of events) {
    if (e.tid !== main || e.ph !== 'X' || e.dur === undefined) continue;
    if (e.ts < start.ts || e.ts > end.ts) continue;
    sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000 / starts.length);
    own.set(e.name, (own.get(e.name) ?? 0) + e.dur / 1000);
  }
  // The wait's own largest parts, to tell a slow wait from a fast one.
  const parts = [...own]
    .filter(([name]) => name !== 'RunTask')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, ms]) => `${name} ${ms.toFixed(1)}`);
  process.stdout.write(
    `wait ${index}: ${((end.ts - start.ts) / 1000).toFixed(1)} ms (${parts.join(', ')})\n`,
  );
});
for (const [name, ms] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 20))
  process.stdout.write(`${ms.toFixed(1).padStart(8)} ms  ${name}\n`);
process.stdout.write(`${marks.slice(-12).join(' ')}\n`);
await close();
