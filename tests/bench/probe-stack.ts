import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../e2e/browser.ts';
import { benchPassword } from './seeded-unit.ts';
import { buildBenchApp, startBenchStack, type BenchStack } from './stack.ts';

/** What a development probe drives: the bench unit, the built app and one page at 1366×768. */
export interface Probe {
  readonly stack: BenchStack;
  readonly browser: Browser;
  readonly page: Page;
  readonly options: {
    readonly appOrigin: string;
    readonly serverUrl: string;
    readonly account: string;
    readonly password: string;
    readonly runs: number;
    readonly log: (line: string) => void;
  };
  readonly close: () => Promise<void>;
}

/** Builds the app, starts the unit of that size on the reference server and opens a page. */
export async function openProbe(staff: number, claims: number): Promise<Probe> {
  buildBenchApp();
  const stack = await startBenchStack({ staff, claims });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  return {
    stack,
    browser,
    page,
    options: {
      appOrigin: stack.renderer.url,
      serverUrl: stack.server.baseUrl,
      account: stack.seeded.account.account,
      password: benchPassword,
      runs: 1,
      log: (line: string) => process.stdout.write(`${line}\n`),
    },
    close: async () => {
      await browser.close();
      await stack.close();
    },
  };
}
