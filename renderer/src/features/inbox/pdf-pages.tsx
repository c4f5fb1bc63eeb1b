import { Alert, Spin, Typography } from 'antd';
import type { PDFDocumentLoadingTask, RenderTask } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
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
}

/**
 * PDF pages drawn with pdf.js, in its worker, from the local copy: no network, no plug-in. Scripts
 * in the PDF never run (pdf.js does not execute them). Moving on cancels the drawing and frees
 * the document, so the next claim is not kept waiting behind the last one's pages.
 */
export function PdfPages({ data, view, room, onScale }: Props) {
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
      for (let number = 1; number <= pages; number += 1) {
        const page = await document.getPage(number);
        const viewport = page.getViewport({ scale: shownScale * pixelsPerPoint, rotation });
        const canvas = window.document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.className = 'pdf-page';
        canvas.setAttribute('aria-label', `第 ${number} 页`);
        target.append(canvas);
        drawing = page.render({ canvas, viewport });
        await drawing.promise;
        if (isCancelled()) return;
      }
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
      {/* Busy while pdf.js draws: the canvases are in the page before their ink is. */}
      <div ref={container} aria-busy={state === 'loading'} className="pdf-pages" />
    </>
  );
}
