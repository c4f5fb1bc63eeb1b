import { useCallback, type RefCallback } from 'react';

/** Where antd's tables scroll: the body of a table with `scroll.y`, and a virtual table's holder. */
const tableScrollers = '.ant-table-body, .ant-table-tbody-virtual-holder';

/**
 * A table of figures scrolls inside a div of antd's own that Tab never reaches, so without links
 * or buttons in its rows a keyboard user could not scroll it (WCAG 2.1.1; axe's
 * scrollable-region-focusable). The returned ref, put on an element around the table, makes
 * those divs focusable regions named `label`, and again whenever the table draws them anew.
 */
export function useKeyboardScroll(label: string): RefCallback<HTMLElement> {
  return useCallback(
    (container: HTMLElement | null) => {
      if (container === null) return;
      const mark = () => {
        for (const scroller of container.querySelectorAll<HTMLElement>(tableScrollers)) {
          if (scroller.getAttribute('aria-label') === label) continue;
          scroller.tabIndex = 0;
          scroller.setAttribute('role', 'region');
          scroller.setAttribute('aria-label', label);
        }
      };
      mark();
      const observer = new MutationObserver(mark);
      observer.observe(container, { childList: true, subtree: true });
      return () => observer.disconnect();
    },
    [label],
  );
}
