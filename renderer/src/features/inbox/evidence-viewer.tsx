import { Alert, App, Button, Empty, Radio, Typography } from 'antd';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useAsyncValue } from '../../ui/use-async.ts';
import { useElementSize } from '../../ui/use-element-size.ts';
import type { Attachment } from '#shared/contract/index.ts';
import { useSession } from '../../ui/session-context.tsx';
import { useShortcutsEnabled } from '../../ui/shortcuts.ts';
import { useObservable } from '../../ui/use-observable.ts';
import { localEvidence } from '../../data/sync/evidence.ts';
import { highlightsOf, HighlightMarks, type Highlight } from './evidence-highlights.tsx';
import { EvidenceTools, fittedPage, type View } from './evidence-tools.tsx';
import type { Room } from './fit-scale.ts';
import { PdfPages } from './pdf-pages.tsx';
import { openEvidenceWindow } from './evidence-window-channel.ts';
import { useEvidenceWindowFeed } from './evidence-window-feed.ts';
import './evidence.css';

/** The file on this machine, read again when it arrives (the background download, 下载证明材料). */
function useLocalFile(attachment: Attachment): Blob | null | 'loading' {
  const { db, evidence } = useSession();
  const [arrivals, setArrivals] = useState(0);
  useEffect(() => {
    const subscription = evidence.arrived$.subscribe((id) => {
      if (id === attachment.id) setArrivals((n) => n + 1);
    });
    return () => subscription.unsubscribe();
  }, [evidence, attachment.id]);
  const file = useAsyncValue(`${attachment.id}:${attachment.sha256}:${arrivals}`, () =>
    localEvidence(db, attachment.id, attachment.sha256),
  );
  return file === undefined ? 'loading' : file;
}

const noHighlights: readonly Highlight[] = [];

/** The words the evidence check found in this file, once it has read it. */
function useHighlights(claimId: string, attachmentId: string): readonly Highlight[] {
  const { evidenceCheck } = useSession();
  const check = useObservable(() => evidenceCheck.watch(claimId), [evidenceCheck, claimId], null);
  const result = check?.checks.get(attachmentId)?.result;
  return useMemo(() => (result === undefined ? noHighlights : highlightsOf(result)), [result]);
}

/** 证明材料尚未下载, with the button that fetches this claim's files now. */
function NotDownloaded({
  claimId,
  attachment,
}: {
  readonly claimId: string;
  readonly attachment: Attachment;
}) {
  const { evidence } = useSession();
  const { message } = App.useApp();
  const [isFetching, setFetching] = useState(false);
  async function fetchNow() {
    setFetching(true);
    const fetched = await evidence.fetchNow(claimId, [attachment]);
    setFetching(false);
    if (!fetched.ok) void message.error(fetched.error.message);
  }
  return (
    <Alert
      type="warning"
      showIcon
      title="证明材料尚未下载"
      description="该文件还没有下载到本机。联网时可立即下载；下载后断网也能查看。"
      action={
        // Disabled while fetching, never a spinner: the button keeps its name.
        <Button size="small" type="primary" disabled={isFetching} onClick={() => void fetchNow()}>
          下载证明材料
        </Button>
      }
    />
  );
}

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

function AttachmentView({
  claimId,
  attachment,
}: {
  readonly claimId: string;
  readonly attachment: Attachment;
}) {
  const file = useLocalFile(attachment);
  const keysEnabled = useShortcutsEnabled();
  const highlights = useHighlights(claimId, attachment.id);
  return (
    <EvidenceFileView
      attachmentId={attachment.id}
      mimeType={attachment.mimeType}
      file={file}
      keysEnabled={keysEnabled}
      highlights={highlights}
      missing={<NotDownloaded claimId={claimId} attachment={attachment} />}
    />
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

/**
 * The claim's files, one at a time. A row of buttons picks the file rather than tabs: tabs
 * measured their labels' layout each time the reviewer moved to the next claim.
 */
export function EvidenceViewer({
  claimId,
  heading,
  attachments,
}: {
  readonly claimId: string;
  /** The person and the claim, for the evidence window's heading. */
  readonly heading: string;
  readonly attachments: readonly Attachment[];
}) {
  const keysEnabled = useShortcutsEnabled();
  useEvidenceWindowFeed({ claimId, heading, attachments, keysEnabled });
  const [chosen, setChosen] = useState<{ of: readonly Attachment[]; index: number }>({
    of: attachments,
    index: 0,
  });
  const index = chosen.of === attachments ? chosen.index : 0;
  const shown = attachments[Math.min(index, attachments.length - 1)] ?? attachments[0];
  // A region named 证明材料: screen readers and keyboard users jump straight to the evidence.
  return (
    <section className="evidence-view" aria-label="证明材料">
      {attachments.length === 0 && <Empty description="未上传证明材料" />}
      <div className="evidence-files">
        <FilePicker
          files={attachments}
          index={index}
          onChange={(at) => setChosen({ of: attachments, index: at })}
        />
        <Button
          size="small"
          title="在另一个窗口查看证明材料（可拖到第二台显示器），随这里打开的申报切换"
          onClick={openEvidenceWindow}
        >
          在新窗口打开
        </Button>
      </div>
      {shown !== undefined && <AttachmentView claimId={claimId} attachment={shown} />}
    </section>
  );
}
