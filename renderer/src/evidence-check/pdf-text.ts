import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { TextItem as PdfTextItem } from 'pdfjs-dist/types/src/display/api';
import type { TextItem } from '#shared/evidence/index.ts';

/** Pages read from a PDF: certificates are one or two pages; a long file's first pages say who and what. */
export const pagesRead = 3;

const isTextItem = (item: unknown): item is PdfTextItem =>
  typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;

/** One page's text items with boxes in the page's points, top-left origin (as the view draws it). */
export async function pageTextItems(page: PDFPageProxy, pageIndex: number): Promise<TextItem[]> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  return content.items.filter(isTextItem).flatMap((item): TextItem[] => {
    if (item.str.trim() === '') return [];
    // pdf.js types the matrix and the point as any[]: six and two numbers.
    const matrix: readonly number[] = item.transform.map(Number);
    const size = Math.hypot(matrix[2] ?? 0, matrix[3] ?? 0);
    const point: readonly number[] = (
      viewport.convertToViewportPoint(matrix[4] ?? 0, matrix[5] ?? 0) as unknown[]
    ).map(Number);
    const left = point[0] ?? 0;
    const baseline = point[1] ?? 0;
    return [
      {
        text: item.str,
        box: { page: pageIndex, x: left, y: baseline - size, width: item.width, height: size },
      },
    ];
  });
}

/** The text layer of the first pages, and each page's size. */
export async function pdfText(document: PDFDocumentProxy): Promise<{
  pages: { width: number; height: number }[];
  items: TextItem[];
}> {
  const pages: { width: number; height: number }[] = [];
  const items: TextItem[] = [];
  for (let n = 1; n <= Math.min(pagesRead, document.numPages); n++) {
    const page = await document.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    pages.push({ width: viewport.width, height: viewport.height });
    items.push(...(await pageTextItems(page, n - 1)));
  }
  return { pages, items };
}
