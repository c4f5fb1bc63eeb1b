import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/browser.ts';
import { evidenceCheckFigures } from './evidence-figures.ts';
import { sampled } from './node-figures.ts';

type BenchStep = (step: 'pull' | 'push') => Promise<Record<string, number>>;

interface Options {
  readonly appOrigin: string;
  readonly serverUrl: string;
  readonly account: string;
  readonly password: string;
  readonly runs: number;
  /** Full pulls are the slow part: fewer of them keep the whole bench under ten minutes. */
  readonly pullRuns: number;
  readonly log: (line: string) => void;
}

/** Time from now until the next User Timing mark of that name, measured inside the page. */
function untilMark(page: Page, name: string, hash: string): Promise<number> {
  return page.evaluate(
    ([markName, target]) =>
      new Promise<number>((resolve, reject) => {
        const t0 = performance.now();
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.name === markName && entry.startTime > t0) {
              observer.disconnect();
              resolve(entry.startTime - t0);
            }
          }
        });
        observer.observe({ type: 'mark' });
        // The navigation starts in the page so that no driver round trip is timed.
        location.hash = target;
        setTimeout(() => reject(new Error(`no ${markName} within 30 s`)), 30_000);
      }),
    [name, hash] as const,
  );
}

/** From the latest `from` mark to the first `to` mark after it. */
function betweenMarks(page: Page, from: string, to: string, timeoutMs = 30_000): Promise<number> {
  return page.evaluate(
    ([start, end, timeout]) =>
      new Promise<number>((resolve, reject) => {
        const deadline = performance.now() + timeout;
        const look = () => {
          const starts = performance.getEntriesByName(start);
          const begin = starts[starts.length - 1];
          const finish =
            begin === undefined
              ? undefined
              : performance.getEntriesByName(end).find((e) => e.startTime > begin.startTime);
          if (begin !== undefined && finish !== undefined)
            resolve(finish.startTime - begin.startTime);
          else if (performance.now() > deadline) reject(new Error(`no ${end} after ${start}`));
          else setTimeout(look, 10);
        };
        look();
      }),
    [from, to, timeoutMs] as const,
  );
}

export async function browserFigures(options: Options) {
  const browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const query = new URLSearchParams({
    server: options.serverUrl,
    account: options.account,
    password: options.password,
  });
  const benchUrl = `${options.appOrigin}bench.html?${query.toString()}`;

  const pull: number[] = [];
  const ratio: number[] = [];
  const raw: number[] = [];
  for (let run = 0; run < options.pullRuns; run += 1) {
    await page.goto(benchUrl);
    await page.evaluate(async () => {
      for (const db of await indexedDB.databases()) {
        if (db.name !== undefined) indexedDB.deleteDatabase(db.name);
      }
    });
    await page.reload();
    const result = await page.evaluate(() =>
      (window as unknown as { bench: BenchStep }).bench('pull'),
    );
    const pullSeconds = result['pull_s'] ?? NaN;
    const rawSeconds = result['raw_put_s'] ?? NaN;
    options.log(
      `  pull run ${run + 1}: ${pullSeconds.toFixed(1)} s (raw Dexie ${rawSeconds.toFixed(1)} s, ${result['received'] ?? 0} records)`,
    );
    pull.push(pullSeconds);
    raw.push(rawSeconds);
    ratio.push(pullSeconds / rawSeconds);
  }

  const day = await signInFigures(page, options);
  const screens = await screenFigures(page, options);
  await page.goto(benchUrl);
  const pushed = await page.evaluate(() =>
    (window as unknown as { bench: BenchStep }).bench('push'),
  );
  await browser.close();
  return {
    pull_s: sampled(pull),
    pull_ratio: sampled(ratio),
    raw_dexie_put_s: sampled(raw),
    ...day,
    ...screens,
    push_1000_s: pushed['push_1000_s'] ?? NaN,
  };
}

/** The app's sign-in screen, pointed at the bench server. */
export async function openApp(page: Page, options: Omit<Options, 'pullRuns'>): Promise<void> {
  await page.goto(`${options.appOrigin}index.html?server=${encodeURIComponent(options.serverUrl)}`);
}

/** Signs in on the login screen; the time from 登录 to the first rows, read from the page's marks. */
export async function signInToFirstRows(page: Page, options: Omit<Options, 'pullRuns'>) {
  await page.getByLabel('账号').fill(options.account);
  await page.getByLabel('密码').fill(options.password);
  await page.getByRole('button', { name: '登录' }).click();
  return betweenMarks(page, 'ce:sign-in', 'ce:first-rows', 600_000);
}

/**
 * The app's own sign-ins: the first one on an empty replica (the inbox fills while the pull runs,
 * `first_pull_first_rows_s`), and, once that pull has ended, signing in again on the full replica
 * (`signin_first_rows_ms`). The screen figures then go on in this session.
 */
async function signInFigures(page: Page, options: Omit<Options, 'pullRuns'>) {
  await openApp(page, options);
  await page.evaluate(async () => {
    for (const db of await indexedDB.databases()) {
      if (db.name !== undefined) indexedDB.deleteDatabase(db.name);
    }
  });
  await page.reload();
  const firstPull = await signInToFirstRows(page, options);
  options.log(`  first sign-in: first rows after ${(firstPull / 1000).toFixed(1)} s`);
  const pulling = Date.now();
  await page
    .getByRole('status', { name: '数据下载' })
    .waitFor({ state: 'detached', timeout: 1_800_000 });
  options.log(`  the pull after it ended ${((Date.now() - pulling) / 1000).toFixed(0)} s later`);
  const evidence = await evidenceAfterFirstSync(page, options);
  const evidenceCheck = await evidenceCheckFigures(
    page,
    evidence.evidence_files,
    options.runs * 3,
    () => pressNext(page),
    options.log,
  );
  const again: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    await page.reload();
    again.push(await signInToFirstRows(page, options));
    options.log(`  sign-in on the full replica: first rows after ${again.at(-1)?.toFixed(0)} ms`);
    await page.getByRole('status', { name: '待同步' }).waitFor();
  }
  return {
    first_pull_first_rows_s: firstPull / 1000,
    signin_first_rows_ms: sampled(again),
    ...evidence,
    ...evidenceCheck,
  };
}

/**
 * The evidence on disk once the background download after the first pull has ended: all the
 * pending claims' files, or as many as the disk budget (2 GB by default) holds. The download is
 * waited for at most `evidenceWaitMs` (tens of thousands of small files at 20,000 / 100,000);
 * past it, the bytes so far and the rate are reported, without `evidence_download_s`.
 */
const evidenceWaitMs = 30 * 60_000;

async function evidenceAfterFirstSync(page: Page, options: Omit<Options, 'pullRuns'>) {
  const started = Date.now();
  await page.evaluate(() => (location.hash = '#/sync'));
  const ended = page.locator('section[data-phase="done"], section[data-phase="full"]');
  await ended.waitFor({ timeout: evidenceWaitMs }).catch(() => undefined);
  const progress = page.getByRole('status', { name: '证明材料下载' });
  const bytes = Number(await progress.getAttribute('data-bytes'));
  const files = Number(await progress.getAttribute('data-fetched'));
  const phase = await progress.getAttribute('data-phase');
  const seconds = (Date.now() - started) / 1000;
  options.log(
    `  evidence: ${(bytes / 2 ** 20).toFixed(0)} MB, ${files} files on disk (${String(phase)}) ${seconds.toFixed(0)} s after the pull`,
  );
  // Back to the inbox, where the sign-in that follows paints its first rows.
  await page.evaluate(() => (location.hash = '#/inbox'));
  return {
    evidence_mb: bytes / 2 ** 20,
    evidence_files: files,
    evidence_files_per_s: files / seconds,
    ...(phase === 'done' || phase === 'full' ? { evidence_download_s: seconds } : {}),
  };
}

/** J once, from the keyboard: the time from the key to the next claim shown. */
async function pressNext(page: Page): Promise<number> {
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  return betweenMarks(page, 'ce:next', 'ce:claim-shown');
}

/** The app itself on a full replica, signed in: the screens a reviewer waits for. */
export async function screenFigures(page: Page, options: Omit<Options, 'pullRuns'>) {
  const firstRows: number[] = [];
  for (let run = 0; run < options.runs + 2; run += 1) {
    await page.evaluate(() => (location.hash = '#/sync'));
    await page.getByRole('button', { name: '立即同步' }).waitFor();
    firstRows.push(await untilMark(page, 'ce:inbox-rows', '#/inbox'));
  }
  await page.locator('.virtual-row').first().waitFor();

  const filter: number[] = [];
  for (let run = 0; run < options.runs + 2; run += 1) {
    await page.getByText(run % 2 === 0 ? '全部' : '未审', { exact: true }).click();
    filter.push(await betweenMarks(page, 'ce:filter', 'ce:inbox-rows'));
  }

  await page.locator('.virtual-row').first().click();
  await page.getByRole('button', { name: '通过', exact: true }).waitFor();
  const next: number[] = [];
  // More samples than the other figures: J is cheap, and claims differ (files, findings).
  for (let run = 0; run < options.runs * 3; run += 1) next.push(await pressNext(page));

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return {
    inbox_first_rows_ms: sampled(firstRows),
    filter_ms: sampled(filter),
    next_claim_ms: sampled(next),
    heap_mb: heap.usedSize / 1024 / 1024,
  };
}
