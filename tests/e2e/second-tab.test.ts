import { describe, expect, it } from 'vitest';
import { openElsewhereMessage } from '../../renderer/src/data/sync/window-lock.ts';
import { openSignedInApp, appForTests } from './app-fixture.ts';

describe('two tabs of the app in one browser', () => {
  const app = appForTests(() => openSignedInApp({ staff: 20, claims: 60 }));

  it('lets one tab write: the second says the app is open elsewhere, never pushes, and can take over', async () => {
    const { page } = app;
    const fresh = async () => {
      const before = new Set(initial);
      return (await app.held()).decisionIds.filter((id) => !before.has(id));
    };
    const initial = (await app.held()).decisionIds;
    // The first tab cannot reach the platform: whatever reaches it comes from the second.
    await page.route(`${app.server.url}/**`, (route) => route.abort('internetdisconnected'));
    await page.goto(`${app.appUrl}#/inbox`);
    await page.locator('.virtual-row').first().click();
    await page.getByRole('button', { name: '通过', exact: true }).click();
    await expect.poll(() => app.pendingTag().textContent()).toContain('1 条');

    const second = await page.context().newPage();
    // The pulls the second tab makes of the unit's records (GET …/staff, …/claims and the rest).
    const pulls: string[] = [];
    second.on('request', (request) => {
      if (request.method() === 'GET' && /\/units\/[^/]+\/[a-z]+\?/.test(request.url()))
        pulls.push(request.url());
    });
    await second.goto(`${app.appUrl}#/sync`);
    await app.signIn(second);
    const elsewhere = (tab: typeof page) =>
      tab.getByRole('alert').filter({ hasText: openElsewhereMessage });
    await elsewhere(second).waitFor();
    expect(await elsewhere(page).count()).toBe(0);

    await second.getByRole('button', { name: '立即同步' }).click();
    await expect
      .poll(() => second.locator('.ant-descriptions').textContent())
      .toContain(openElsewhereMessage);
    expect(await fresh()).toEqual([]);
    // Nor does it pull in the background beside the writing tab.
    expect(pulls).toEqual([]);

    await elsewhere(second).getByRole('button', { name: '在此窗口继续' }).click();
    await elsewhere(page).waitFor();
    await elsewhere(second).waitFor({ state: 'detached' });
    await second.getByRole('button', { name: '立即同步' }).click();
    await expect.poll(fresh, { timeout: 60_000 }).toHaveLength(1);
  });
});
