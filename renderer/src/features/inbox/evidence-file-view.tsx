import { Radio, Typography } from 'antd';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useElementSize } from '../../ui/use-element-size.ts';
import { HighlightMarks, type Highlight } from './evidence-highlights.tsx';
import { EvidenceTools, fittedPage, type View } from './evidence-tools.tsx';
import type { Room } from './fit-scale.ts';
import { PdfPages } from './pdf-pages.tsx';
import './evidence.css';

export const noHighlights: readonly Highlight[] = [];
function ImageView({
  data,
  view,
  room,
  highlights,
}: {
  readonly data: Blob;
  readonly view: View;
  readonly room: Room;
  readonly highlights: readonly Highlight[];
}) {
  const [natural, setNatural] = useState({ width: 0, height: 0 });
  const url = useMemo(() => URL.createObjectURL(data), [data]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  const isTurned = view.rotation % 180 !== 0;
  // Fitted, the image takes the room's width (or the whole room); turned a quarter, its sides
  // swap, so the bounds swap too.
  const [maxWidth, maxHeight] =
    view.fit === 'width'
      ? [room.width, undefined]
      : view.fit === 'page'
        ? [room.width, room.height]
        : [undefined, undefined];
  const bounds = isTurned ? { maxWidth: maxHeight, maxHeight: maxWidth } : { maxWidth, maxHeight };
  // The marks sit in a box the image's size, turned and scaled with it.
  return (
    <div style={{ textAlign: 'center' }}>
      <div
        style={{
          position: 'relative',
          display: 'inline-block',
          transform: `scale(${String(view.fit === null ? view.scale : 1)}) rotate(${String(view.rotation)}deg)`,
          transformOrigin: isTurned ? 'center' : 'top center',
        }}
      >
        <img
          src={url}
          alt="证明材料"
          onLoad={(event) =>
            setNatural({
              width: event.currentTarget.naturalWidth,
              height: event.currentTarget.naturalHeight,
            })
          }
          style={{
            ...bounds,
            ...(view.fit === 'width' && !isTurned ? { width: room.width } : {}),
            display: 'block',
          }}
        />
        <HighlightMarks highlights={highlights} page={0} {...natural} />
      </div>
    </div>
  );
}

/**
 * One file with its tools (fit, zoom, rotate): here and in the evidence window. `missing` is
 * shown when the file is not on this machine.
 */
export function EvidenceFileView({
  attachmentId,
  mimeType,
  file,
  keysEnabled,
  highlights = noHighlights,
  missing,
}: {
  readonly attachmentId: string;
  readonly mimeType: string;
  readonly file: Blob | null | 'loading';
  readonly keysEnabled: boolean;
  /** The words the evidence check found, marked on the page (none in the evidence window). */
  readonly highlights?: readonly Highlight[];
  readonly missing: ReactNode;
}) {
  // The view belongs to one file; the next file starts as a whole page, upright.
  const [stored, setView] = useState(() => fittedPage(attachmentId));
  const view = stored.id === attachmentId ? stored : fittedPage(attachmentId);
  const [drawn, setDrawn] = useState<{ id: string; scale: number } | null>(null);
  const shownId = useRef(attachmentId);
  useLayoutEffect(() => {
    shownId.current = attachmentId;
  });
  const change = useCallback((next: (view: View) => View) => {
    setView((was) => next(was.id === shownId.current ? was : fittedPage(shownId.current)));
  }, []);
  const onScale = useCallback((scale: number) => setDrawn({ id: shownId.current, scale }), []);
  const shownScale =
    view.fit === null ? view.scale : drawn?.id === attachmentId ? drawn.scale : null;
  // Followed as the reviewer moves the split; whole steps of 8 px, so a wobble draws nothing again.
  const [roomRef, room] = useElementSize<HTMLDivElement>({ width: 0, height: 0 }, 8);
  const isPdf = mimeType === 'application/pdf';
  // The tools stay mounted while the next claim's file loads: mounting them again each time cost
  // more than the rest of the claim view.
  return (
    <>
      <EvidenceTools
        fit={view.fit}
        shownScale={isPdf ? shownScale : view.fit === null ? view.scale : null}
        onChange={change}
        keysEnabled={keysEnabled}
      />
      <div ref={roomRef} className="evidence-scroll">
        {file === null ? (
          missing
        ) : file === 'loading' || room.width === 0 ? null : isPdf ? (
          <PdfPages data={file} view={view} room={room} onScale={onScale} highlights={highlights} />
        ) : (
          <ImageView data={file} view={view} room={room} highlights={highlights} />
        )}
      </div>
    </>
  );
}

export const labelOf = (attachment: { readonly fileName: string }, index: number) =>
  attachment.fileName.length > 16 ? `材料 ${index + 1}` : attachment.fileName;

/** Which of the claim's files is shown: buttons when there are several, the name otherwise. */
export function FilePicker({
  files,
  index,
  onChange,
}: {
  readonly files: readonly { readonly fileName: string }[];
  readonly index: number;
  readonly onChange: (index: number) => void;
}) {
  const [only] = files;
  if (files.length <= 1)
    return only === undefined ? (
      <span />
    ) : (
      <Typography.Text type="secondary">{labelOf(only, 0)}</Typography.Text>
    );
  return (
    <Radio.Group
      aria-label="证明材料文件"
      size="small"
      optionType="button"
      buttonStyle="solid"
      value={index}
      onChange={(event) => onChange(Number(event.target.value))}
      options={files.map((file, at) => ({ value: at, label: labelOf(file, at) }))}
    />
  );
}
