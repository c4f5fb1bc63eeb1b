import type { Page } from 'playwright-core';
import { median } from './node-figures.ts';

/** The measures the app's background check leaves (renderer/src/data/evidence-check). */
interface CheckTimes {
  readonly ocr: number[];
  readonly text: number[];
  readonly firstStart: number;
  readonly lastEnd: number;
  readonly lastIdle: number;
}

const checkTimes = (page: Page) =>
  page.evaluate((): CheckTimes => {
    const of = (name: string) => performance.getEntriesByName(name, 'measure');
    const all = [...of('ce:evidence-ocr'), ...of('ce:evidence-text')];
    const idle = performance.getEntriesByName('ce:evidence-idle');
    return {
      ocr: of('ce:evidence-ocr').map((m) => m.duration / 1000),
      text: of('ce:evidence-text').map((m) => m.duration / 1000),
      firstStart: Math.min(...all.map((m) => m.startTime)),
      lastEnd: Math.max(0, ...all.map((m) => m.startTime + m.duration)),
      lastIdle: idle.at(-1)?.startTime ?? -1,
    };
  });

/** How long the bench waits for the background check of every file to end. */
const checkWaitMs = 10 * 60_000;

/**
 * Issue 19's figures, in the session of the first sign-in, once the evidence has come: J while
 * the worker checks the files in the background, then the time it took to check every pending
 * claim's evidence, OCR seconds per page and the text layer per PDF.
 */
export async function evidenceCheckFigures(
  page: Page,
  filesOnDisk: number,
  presses: number,
  nextClaim: () => Promise<number>,
  log: (line: string) => void,
) {
  await page.evaluate(() => (location.hash = '#/inbox'));
  await page.locator('.virtual-row').first().click();
  const before = (await checkTimes(page)).lastEnd;
  const next: number[] = [];
  for (let run = 0; run < presses; run += 1) next.push(await nextClaim());
  const during = await checkTimes(page);
  const checkedDuringJ = [...during.ocr, ...during.text].length;
  // Done when the queue has run dry after the last file it checked (the check marks idle
  // only when its queue is empty; one idle mark before any file came does not count). At
  // 20,000 / 100,000 OCR of every scan runs for hours on two cores: after `checkWaitMs` the rate
  // so far gives an estimate, reported under a name of its own.
  const isDone = await page
    .waitForFunction(
      () => {
        const ends = ['ce:evidence-ocr', 'ce:evidence-text'].flatMap((name) =>
          performance.getEntriesByName(name, 'measure').map((m) => m.startTime + m.duration),
        );
        const idle = performance.getEntriesByName('ce:evidence-idle').at(-1)?.startTime ?? -1;
        return ends.length > 0 && idle >= Math.max(...ends) && performance.now() - idle > 3000;
      },
      undefined,
      { timeout: checkWaitMs, polling: 1000 },
    )
    .then(
      () => true,
      () => false,
    );
  const times = await checkTimes(page);
  const checked = times.text.length + times.ocr.length;
  const seconds = (times.lastEnd - times.firstStart) / 1000;
  log(
    `  evidence check: ${String(times.text.length)} files by text layer, ${String(times.ocr.length)} by OCR, ${seconds.toFixed(0)} s in all (${isDone ? 'all checked' : `stopped waiting; ${String(filesOnDisk)} files on disk`}); J ${String(next.length)} times while it ran (${during.lastEnd > before ? 'checking' : 'already idle'})`,
  );
  return {
    ocr_page_s: median(times.ocr),
    text_layer_pdf_s: median(times.text),
    ...(isDone
      ? { evidence_check_all_s: seconds }
      : { evidence_check_all_est_s: (filesOnDisk / Math.max(1, checked)) * seconds }),
    next_claim_while_checking_ms: median(next),
    files_checked_during_j: checkedDuringJ,
  };
}
