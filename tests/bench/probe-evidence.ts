import { openApp, signInToFirstRows } from './browser-figures.ts';
import { printProfile, type CpuProfile } from './cpu-profile.ts';
import { openProbe } from './probe-stack.ts';

// Development aid: where the background evidence download spends its time.
// `node tests/bench/probe-evidence.ts [staff] [claims] [seconds]` (default 2,000 / 10,000, 40 s):
// a first sign-in pulls the unit; once the pull has ended, the page's main thread is profiled
// while the files come, and the files per second and this process's CPU (the server) are shown.
const [staff = 2000, claims = 10_000, seconds = 40] = process.argv.slice(2).map(Number);
const { page, options, close } = await openProbe(staff, claims);
const { log } = options;
try {
  await openApp(page, options);
  await signInToFirstRows(page, options);
  await page
    .getByRole('status', { name: '数据下载' })
    .waitFor({ state: 'detached', timeout: 1_800_000 });
  await page.evaluate(() => (location.hash = '#/sync'));
  const progress = page.getByRole('status', { name: '证明材料下载' });
  const fetched = async () => Number(await progress.getAttribute('data-fetched'));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  const before = await fetched();
  const cpu = process.cpuUsage();
  const started = Date.now();
  await cdp.send('Profiler.start');
  await page.waitForTimeout(seconds * 1000);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const elapsed = (Date.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const files = (await fetched()) - before;
  log(
    `${String(files)} files in ${elapsed.toFixed(0)} s: ${(files / elapsed).toFixed(1)} files/s; ` +
      `server process CPU ${((used.user + used.system) / 1e6).toFixed(1)} s; phase ${String(await progress.getAttribute('data-phase'))}`,
  );
  printProfile(profile, log, Number(process.env['TOP'] ?? 30));
} finally {
  await close();
}
