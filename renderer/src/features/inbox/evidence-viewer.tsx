import { Alert, App, Button, Empty, Radio, Typography } from 'antd';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useAsyncValue } from '../../ui/use-async.ts';
import type { Attachment } from '#shared/contract/index.ts';
import { useSession } from '../../ui/session-context.tsx';
import { localEvidence } from '../../data/sync/evidence.ts';
import { PdfPages } from './pdf-pages.tsx';

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
  scale,
  rotation,
}: {
  readonly data: Blob;
  readonly scale: number;
  readonly rotation: number;
}) {
  const url = useMemo(() => URL.createObjectURL(data), [data]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <div style={{ overflow: 'auto', textAlign: 'center' }}>
      <img
        src={url}
        alt="证明材料"
        style={{
          transform: `scale(${scale}) rotate(${rotation}deg)`,
          transformOrigin: 'top center',
          maxWidth: '100%',
        }}
      />
    </div>
  );
}

interface View {
  readonly id: string;
  readonly scale: number;
  readonly rotation: number;
}

const upright = (id: string): View => ({ id, scale: 1, rotation: 0 });
const zoomed = (view: View, by: number) => Math.min(3, Math.max(0.5, view.scale + by));

/** Zoom and rotate; memoised with stable handlers, so J re-renders only the percentage. */
const ViewTools = memo(function ViewTools({
  scale,
  onChange,
}: {
  readonly scale: number;
  readonly onChange: (next: (view: View) => View) => void;
}) {
  return (
    <div className="evidence-tools">
      <Button size="small" onClick={() => onChange((v) => ({ ...v, scale: zoomed(v, 0.25) }))}>
        放大
      </Button>
      <Button size="small" onClick={() => onChange((v) => ({ ...v, scale: zoomed(v, -0.25) }))}>
        缩小
      </Button>
      <Button
        size="small"
        onClick={() => onChange((v) => ({ ...v, rotation: (v.rotation + 90) % 360 }))}
      >
        旋转
      </Button>
      <Typography.Text type="secondary">{Math.round(scale * 100)}%</Typography.Text>
    </div>
  );
});

function AttachmentView({
  claimId,
  attachment,
}: {
  readonly claimId: string;
  readonly attachment: Attachment;
}) {
  const file = useLocalFile(attachment);
  // Zoom and rotation belong to one file; the next file starts upright at 100 %.
  const [stored, setView] = useState(() => upright(attachment.id));
  const { scale, rotation } = stored.id === attachment.id ? stored : upright(attachment.id);
  const shownId = useRef(attachment.id);
  useLayoutEffect(() => {
    shownId.current = attachment.id;
  });
  const change = useCallback((next: (view: View) => View) => {
    setView((view) => next(view.id === shownId.current ? view : upright(shownId.current)));
  }, []);
  // The tools stay mounted while the next claim's file loads: mounting them again each time cost
  // more than the rest of the claim view.
  return (
    <div className="evidence-view">
      <ViewTools scale={scale} onChange={change} />
      {file === null ? (
        <NotDownloaded claimId={claimId} attachment={attachment} />
      ) : file === 'loading' ? null : attachment.mimeType === 'application/pdf' ? (
        <PdfPages data={file} scale={scale} rotation={rotation} />
      ) : (
        <ImageView data={file} scale={scale} rotation={rotation} />
      )}
    </div>
  );
}

const labelOf = (attachment: Attachment, index: number) =>
  attachment.fileName.length > 16 ? `材料 ${index + 1}` : attachment.fileName;

/**
 * The claim's files, one at a time. A row of buttons picks the file rather than tabs: tabs
 * measured their labels' layout each time the reviewer moved to the next claim.
 */
export function EvidenceViewer({
  claimId,
  attachments,
}: {
  readonly claimId: string;
  readonly attachments: readonly Attachment[];
}) {
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
      {attachments.length > 1 ? (
        <Radio.Group
          aria-label="证明材料文件"
          size="small"
          optionType="button"
          buttonStyle="solid"
          value={index}
          onChange={(event) => setChosen({ of: attachments, index: Number(event.target.value) })}
          options={attachments.map((attachment, at) => ({
            value: at,
            label: labelOf(attachment, at),
          }))}
        />
      ) : (
        shown !== undefined && (
          <Typography.Text type="secondary">{labelOf(shown, 0)}</Typography.Text>
        )
      )}
      {shown !== undefined && <AttachmentView claimId={claimId} attachment={shown} />}
    </section>
  );
}
