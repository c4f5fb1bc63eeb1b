import { openApp, signInToFirstRows } from './browser-figures.ts';
import { printProfile, type CpuProfile } from './cpu-profile.ts';
import { openProbe } from './probe-stack.ts';

// Development aid: where signing in on a full replica spends its time until the first rows.
// `node tests/bench/probe-signin.ts [staff] [claims]` (default 2,000 / 10,000): a first sign-in
// pulls the unit, then the page is reloaded and the second sign-in is profiled.
const [staff = 2000, claims = 10_000] = process.argv.slice(2).map(Number);
const { page, options, close } = await openProbe(staff, claims);
try {
  await openApp(page, options);
  const first = await signInToFirstRows(page, options);
  options.log(`first sign-in: first rows after ${first.toFixed(0)} ms`);
  await page
    .getByRole('status', { name: '数据下载' })
    .waitFor({ state: 'detached', timeout: 1_800_000 });
  for (let run = 0; run < 3; run += 1) {
    await page.reload();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const again = await signInToFirstRows(page, options);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    options.log(`sign-in on the full replica: first rows after ${again.toFixed(0)} ms`);
    if (run === 2) printProfile(profile, (line) => options.log(line), 40);
  }
} finally {
  await close();
}
