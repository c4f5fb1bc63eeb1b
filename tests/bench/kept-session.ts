import type { BrowserContext, Page } from 'playwright-core';
import { benchPassword } from './seeded-unit.ts';
import { openKeptProfile, startBenchStack, type BenchStack } from './stack.ts';

/**
 * For the probes: the app signed in on the replica kept in the persistent profile (pulled by
 * probe-screens), on the fixed ports that keep its origin, and so its IndexedDB, the same.
 */
export async function openKeptSession(): Promise<{
  readonly stack: BenchStack;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly close: () => Promise<void>;
}> {
  const stack = await startBenchStack(undefined, { server: 38787, app: 35173 });
  const { seeded, server, renderer } = stack;
  const context = await openKeptProfile();
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${renderer.url}index.html?server=${encodeURIComponent(server.baseUrl)}`);
  await page.getByLabel('账号').fill(seeded.account.account);
  await page.getByLabel('密码').fill(benchPassword);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('status', { name: '待同步' }).waitFor({ timeout: 300_000 });
  return {
    stack,
    context,
    page,
    close: async () => {
      await context.close();
      await stack.close();
    },
  };
}
