import type { ReadText, TextItem } from './types.ts';

/** A page as OCR gives it: one item per line, 40 units apart, each char 20 units wide. */
export function ocrPage(lines: readonly string[]): ReadText {
  const items: TextItem[] = lines.map((text, i) => ({
    text,
    box: { page: 0, x: 100, y: 100 + i * 40, width: 20 * text.length, height: 24 },
  }));
  return { source: 'ocr', pages: [{ width: 1000, height: 800 }], items };
}

/** A page as pdf.js gives it: each line cut into runs at `|`, the runs in scrambled order. */
export function textLayerPage(lines: readonly string[]): ReadText {
  const items: TextItem[] = [];
  lines.forEach((line, i) => {
    let x = 60;
    for (const run of line.split('|')) {
      items.push({
        text: run,
        box: { page: 0, x, y: 80 + i * 30, width: 12 * run.length, height: 14 },
      });
      x += 12 * run.length + 24;
    }
  });
  return { source: 'text_layer', pages: [{ width: 595, height: 842 }], items: items.reverse() };
}
