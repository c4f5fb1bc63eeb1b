import type { Locator, Page } from 'playwright-core';

/**
 * Words of Latin letters in the visible main area (or the given part of it): the screens must
 * show Chinese only, never a raw code such as `pending_registration` or `approve`.
 */
export async function latinWordsIn(area: Page | Locator): Promise<string[]> {
  const target = 'goto' in area ? area.locator('.ant-layout-content').first() : area;
  const text = await target.innerText();
  // Excel is the name people know the spreadsheet program by; it is not a code.
  return (text.match(/[A-Za-z_]{3,}/g) ?? []).filter((word) => word !== 'Excel');
}

/** Whether the document scrolls past a 1366×768 window (it must not: every screen fits). */
export async function overflowsWindow(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      document.documentElement.scrollWidth > window.innerWidth ||
      document.documentElement.scrollHeight > window.innerHeight,
  );
}

/**
 * Whether the element reaches past the visible box of the area that scrolls or clips it: a value
 * the reviewer cannot read without scrolling sideways (an ID cut to `371002******`).
 */
export async function cutOffSideways(element: Locator): Promise<boolean> {
  return element.evaluate((node) => {
    const own = node.getBoundingClientRect();
    for (let at = node.parentElement; at !== null; at = at.parentElement) {
      const { overflowX } = getComputedStyle(at);
      if (overflowX === 'visible') continue;
      const box = at.getBoundingClientRect();
      return own.right > box.left + at.clientLeft + at.clientWidth + 0.5 || own.left < box.left;
    }
    return own.right > window.innerWidth;
  });
}

/**
 * Whether the element starts (`top`) or ends (`bottom`) below the visible part of the area that
 * scrolls it.
 */
export async function belowTheFold(
  element: Locator,
  edge: 'top' | 'bottom' = 'top',
): Promise<boolean> {
  return element.evaluate((node, side) => {
    const own = node.getBoundingClientRect()[side];
    for (let at = node.parentElement; at !== null; at = at.parentElement) {
      if (getComputedStyle(at).overflowY === 'visible') continue;
      const box = at.getBoundingClientRect();
      // The top below the fold shows nothing of it; the bottom below shows it cut.
      return side === 'top'
        ? own >= box.top + at.clientTop + at.clientHeight
        : own > box.top + at.clientTop + at.clientHeight + 1;
    }
    return side === 'top' ? own >= window.innerHeight : own > window.innerHeight + 1;
  }, edge);
}
