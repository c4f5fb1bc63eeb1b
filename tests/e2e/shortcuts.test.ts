import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSignedInApp, appForTests } from './app-fixture.ts';
import { photograph } from './browser.ts';

/** 帮助 → 快捷键, as a reviewer without the native menu opens it. */
async function openShortcuts(page: Page) {
  await page.getByRole('button', { name: '帮助' }).click();
  await page.getByRole('menuitem', { name: '快捷键' }).click();
  const dialog = page.getByRole('dialog', { name: '快捷键' });
  await dialog.waitFor();
  return dialog;
}

/** Closed by its button: Escape reaches the dialog only once its opening has moved focus in. */
async function closeShortcuts(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: '快捷键' });
  await dialog.getByRole('button', { name: /^(Close|关闭)$/ }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('single-key shortcuts (WCAG 2.1.4)', () => {
  const app = appForTests(() => openSignedInApp({ staff: 20, claims: 120 }));

  it('lists every key in 快捷键, and A decides nothing once they are turned off', async () => {
    const { page } = app;
    const before = new Set((await app.held()).decisionIds);
    await page.getByRole('menuitem', { name: '待审核' }).click();
    await page.locator('.virtual-row').first().click();
    const first = await app.shownClaim();

    // On by default: A approves the claim on the screen and the next one comes.
    await page.keyboard.press('a');
    await expect.poll(() => app.pendingTag().textContent()).toContain('1 条');
    await expect.poll(() => app.shownClaim()).not.toBe(first);

    let dialog = await openShortcuts(page);
    const rows = await dialog.locator('.ant-table-row').allInnerTexts();
    expect(rows.map((row) => row.split('\t').map((cell) => cell.trim()))).toEqual([
      ['A', '通过'],
      ['R', '退回'],
      ['X', '不通过'],
      ['J', '下一条'],
      ['K', '上一条'],
      ['?', '显示全部快捷键'],
      ['F', '证明材料适合页面'],
      ['W', '证明材料适合宽度'],
      ['+', '放大证明材料'],
      ['=', '放大证明材料（不按 Shift）'],
      ['-', '缩小证明材料'],
      ['T', '旋转证明材料'],
    ]);
    const toggle = dialog.getByRole('switch', { name: '启用单键快捷键' });
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    await dialog.getByText('单键快捷键已关闭').waitFor();
    await photograph(page, 'shortcuts-off');
    await closeShortcuts(page);

    // The setting is kept: after a reload and sign-in the keys are still off.
    await page.reload();
    await app.signIn(page);
    await page.locator('.virtual-row').first().click();
    const kept = await app.shownClaim();
    expect(kept).not.toBe(first);
    expect(await page.getByText(/^快捷键：/).count()).toBe(0);
    expect(
      await page
        .getByRole('button', { name: '通过', exact: true })
        .getAttribute('aria-keyshortcuts'),
    ).toBeNull();
    for (const key of ['a', 'j', 'x', 'r', '?']) await page.keyboard.press(key);

    // Nothing answered: ? opened no dialog (a click would meet its mask), J moved nowhere.
    expect(await app.shownClaim()).toBe(kept);
    await page.locator('.virtual-row').nth(3).click();
    await expect.poll(() => app.shownClaim()).not.toBe(kept);
    const third = await app.shownClaim();

    dialog = await openShortcuts(page);
    await dialog.getByRole('switch', { name: '启用单键快捷键' }).click();
    await dialog.getByText('在待审核页按下列单个按键即可操作', { exact: false }).waitFor();
    await closeShortcuts(page);
    await page.keyboard.press('a');
    await expect.poll(() => app.pendingTag().textContent()).toContain('2 条');

    // The platform receives exactly the two claims decided while the keys were on.
    await page.getByRole('menuitem', { name: '同步' }).click();
    await page.getByRole('button', { name: '立即同步' }).click();
    await expect.poll(() => app.pendingTag().textContent(), { timeout: 60_000 }).toContain('0 条');
    const decided = (await app.held()).claims
      .filter((claim) => {
        const id = claim.decision?.decisionId;
        return id !== undefined && !before.has(id);
      })
      .map((claim) => claim.id);
    expect(decided.sort()).toEqual([first, third].sort());
  }, 180_000);
});
