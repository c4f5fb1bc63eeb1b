import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../e2e/browser.ts';
import { benchPassword } from './seeded-unit.ts';
import { buildBenchApp, startBenchStack } from './stack.ts';

/**
 * `node tests/bench/profile-pull.ts [steps]`: where a full pull's time goes. Steps (comma
 * separated, default `pull,profile,local`):
 * - `pull`: the full pull from the server against raw Dexie puts of the same documents;
 * - `profile`: the server's pages, the contract checks and a plain RxDB bulkUpsert, each alone;
 * - `push`: 1,000 decisions of every kind on the replica the `pull` step left, decided and pushed;
 * - `local`: the first and the next pull against pages held in memory, as a bulk load and through
 *   the plugin alone, and raw puts of the same documents, each with the CPU seconds Chromium's
 *   processes spent (steadier than wall time on a shared machine), and a CPU profile of the bulk
 *   load written to .data/pull-local.cpuprofile (build with CE_PROFILE=1 for readable names).
 * PAGE sets the page size (1000); FIRST=replication makes the `pull` step's first full pull go
 * through the plugin alone, as it did before the bulk load; SIZE=2000/10000 profiles a unit of
 * that many staff and claims instead of the bench's 20,000 / 100,000.
 */
interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

const steps = (process.argv[2] ?? 'pull,profile,local').split(',');
buildBenchApp();
const [staffCount, claimCount] = (process.env['SIZE'] ?? '20000/100000').split('/').map(Number);
const stack = await startBenchStack({ staff: staffCount ?? 20_000, claims: claimCount ?? 100_000 });
const { seeded, server, renderer } = stack;
const browser = await launchChromium();
const page = await browser.newPage();
const systemInfo = await browser.newBrowserCDPSession();
const query = new URLSearchParams({
  server: server.baseUrl,
  account: seeded.account.account,
  password: benchPassword,
  page: process.env['PAGE'] ?? '1000',
  first: process.env['FIRST'] ?? 'bulk',
});
await page.goto(`${renderer.url}bench.html?${query.toString()}`);

const bench = (p: Page, step: string) =>
  p.evaluate(
    (s) =>
      (window as unknown as { bench: (s: string) => Promise<Record<string, number>> }).bench(s),
    step,
  );
const print = (figures: unknown) => process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);

/** CPU seconds so far of Chromium's renderers and of the rest (browser, storage, utilities). */
async function cpuSeconds(session: CDPSession) {
  const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; cpuTime: number }[];
  };
  const sum = (isRenderer: boolean) =>
    processInfo
      .filter((p) => (p.type === 'renderer') === isRenderer)
      .reduce((total, p) => total + p.cpuTime, 0);
  return { renderer: sum(true), other: sum(false) };
}

/** One step with the CPU its Chromium processes spent. */
async function measured(step: string): Promise<Record<string, number>> {
  const before = await cpuSeconds(systemInfo);
  const figures = await bench(page, step);
  const after = await cpuSeconds(systemInfo);
  return {
    ...figures,
    renderer_cpu_s: after.renderer - before.renderer,
    browser_cpu_s: after.other - before.other,
  };
}

if (steps.includes('pull')) {
  const figures = await measured('pull');
  print({ ...figures, pull_ratio: (figures['pull_s'] ?? 0) / (figures['raw_put_s'] ?? 1) });
}
if (steps.includes('push')) print(await measured('push'));
if (steps.includes('profile')) print(await measured('profile'));
if (steps.includes('local')) {
  await bench(page, 'fetch-local');
  print(await measured('local:raw'));
  print(await measured('local:replication'));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  print(await measured('local:bulk'));
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  writeFileSync('.data/pull-local.cpuprofile', JSON.stringify(profile));
  printProfile(profile);
}
await browser.close();
await stack.close();

/** Self time per function, and total time per function (each counted once per sample). */
function printProfile(profile: CpuProfile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const name = (id: number) => {
    const frame = byId.get(id)?.callFrame;
    if (frame === undefined) return '?';
    return `${frame.functionName || '(anon)'} ${frame.url.split('/').pop() ?? ''}:${String(frame.lineNumber)}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    self.set(name(id), (self.get(name(id)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(name(at));
    for (const key of seen) total.set(key, (total.get(key) ?? 0) + ms);
  });
  const top = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, ms]) => `${ms.toFixed(0).padStart(8)} ms  ${key}`)
      .join('\n');
  process.stdout.write(`self:\n${top(self, 30)}\ntotal:\n${top(total, 40)}\n`);
}
