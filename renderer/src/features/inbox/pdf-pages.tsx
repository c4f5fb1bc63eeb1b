import { Alert, Spin, Typography } from 'antd';
import type { PDFDocumentLoadingTask, RenderTask } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { HighlightMarks, type Highlight } from './evidence-highlights.tsx';
import type { View } from './evidence-tools.tsx';
import { pixelsPerPoint, scaleFor, type Room } from './fit-scale.ts';
import { loadPdfViewer, pdfAssetOptions, PdfViewerUnavailable } from './pdf-viewer.ts';

// A reviewer moving through claims with J passes most files by: drawing starts once they stay.
const settleMs = 150;

interface Props {
  readonly data: Blob;
  readonly view: Pick<View, 'fit' | 'scale' | 'rotation'>;
  /** The room the pages are shown in, for the fitted views. */
  readonly room: Room;
  /** The scale the pages were drawn at (1 = 100 %), once drawn. */
  readonly onScale: (scale: number) => void;
  /** Words the evidence check found, in page points: marked over the upright pages. */
  readonly highlights: readonly Highlight[];
}

/** Where a drawn page stands in the pages' box, and its size in points. */
interface PagePlace {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly points: { readonly width: number; readonly height: number };
}

/**
 * PDF pages drawn with pdf.js, in its worker, from the local copy: no network, no plug-in. Scripts
 * in the PDF never run (pdf.js does not execute them). Moving on cancels the drawing and frees
 * the document, so the next claim is not kept waiting behind the last one's pages.
 */
export function PdfPages({ data, view, room, onScale, highlights }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const { fit, scale, rotation } = view;
  // A fitted view is drawn again when the room changes; a chosen scale is not.
  const fitted = fit === null ? '' : `${String(room.width)}x${String(room.height)}`;
  const key = `${String(fit)}:${String(scale)}:${String(rotation)}:${fitted}`;
  const [done, setDone] = useState<{
    key: string;
    state: 'ready' | 'failed' | 'unavailable';
  } | null>(null);
  const state = done?.key === key ? done.state : 'loading';
  const [pageCount, setPageCount] = useState(0);
  const [places, setPlaces] = useState<{ key: string; pages: readonly PagePlace[] } | null>(null);

  useEffect(() => {
    const run = { cancelled: false };
    const isCancelled = () => run.cancelled;
    const target = container.current;
    let loading: PDFDocumentLoadingTask | undefined;
    let drawing: RenderTask | undefined;
    async function render() {
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      if (isCancelled()) return;
      const { pdfjs, worker } = await loadPdfViewer();
      const bytes = new Uint8Array(await data.arrayBuffer());
      if (isCancelled()) return;
      loading = pdfjs.getDocument({ data: bytes, worker, ...pdfAssetOptions() });
      const document = await loading.promise;
      if (run.cancelled || target === null) return;
      target.replaceChildren();
      const pages = Math.min(document.numPages, 20);
      const first = (await document.getPage(1)).getViewport({ scale: 1, rotation });
      const shownScale = scaleFor({ fit, scale }, first, room);
      onScale(shownScale);
      const drawn: PagePlace[] = [];
      for (let number = 1; number <= pages; number += 1) {
        const page = await document.getPage(number);
        const viewport = page.getViewport({ scale: shownScale * pixelsPerPoint, rotation });
        const canvas = window.document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.className = 'pdf-page';
        canvas.setAttribute('aria-label', `第 ${number} 页`);
        target.append(canvas);
        const points = page.getViewport({ scale: 1 });
        drawn.push({
          left: canvas.offsetLeft + canvas.clientLeft,
          top: canvas.offsetTop + canvas.clientTop,
          width: canvas.clientWidth,
          height: canvas.clientHeight,
          points: { width: points.width, height: points.height },
        });
        drawing = page.render({ canvas, viewport });
        await drawing.promise;
        if (isCancelled()) return;
      }
      setPlaces({ key, pages: drawn });
      setDone({ key, state: 'ready' });
      setPageCount(document.numPages);
    }
    render().catch((error: unknown) => {
      if (run.cancelled) return;
      setDone({ key, state: error instanceof PdfViewerUnavailable ? 'unavailable' : 'failed' });
    });
    return () => {
      run.cancelled = true;
      drawing?.cancel();
      void loading?.destroy();
    };
    // The key holds what the room matters for; onScale is the caller's stable setter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, key]);

  return (
    <>
      {state === 'loading' && <Spin size="small" />}
      {state === 'failed' && (
        <Alert type="error" showIcon title="无法显示该 PDF 文件，文件可能已损坏。" />
      )}
      {state === 'unavailable' && (
        <Alert
          type="warning"
          showIcon
          title="PDF 查看组件未能加载，请重新打开本软件后再试。文件已保存在本机，没有丢失。"
        />
      )}
      {pageCount > 1 && (
        <Typography.Text type="secondary" className="pdf-page-count">
          共 {pageCount} 页{pageCount > 20 ? '，显示前 20 页' : ''}，向下滚动查看
        </Typography.Text>
      )}
      <div style={{ position: 'relative' }}>
        {/* Busy while pdf.js draws: the canvases are in the page before their ink is. */}
        <div ref={container} aria-busy={state === 'loading'} className="pdf-pages" />
        {/* Marks on upright pages only: a turned page's words stand elsewhere. */}
        {state === 'ready' &&
          rotation === 0 &&
          places?.key === key &&
          places.pages.map((place, index) => (
            <div
              key={index}
              className="evidence-marks"
              style={{ left: place.left, top: place.top, width: place.width, height: place.height }}
            >
              <HighlightMarks
                highlights={highlights}
                page={index}
                width={place.points.width}
                height={place.points.height}
              />
            </div>
          ))}
      </div>
    </>
  );
}
