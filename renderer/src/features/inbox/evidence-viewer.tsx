import { Alert, App, Button, Empty } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useAsyncValue } from '../../ui/use-async.ts';
import type { Attachment } from '#shared/contract/index.ts';
import { useSession } from '../../ui/session-context.tsx';
import { useShortcutsEnabled } from '../../ui/shortcuts.ts';
import { useObservable } from '../../ui/use-observable.ts';
import { localEvidence } from '../../data/sync/evidence.ts';
import { highlightsOf, type Highlight } from './evidence-highlights.tsx';
import { EvidenceFileView, FilePicker, noHighlights } from './evidence-file-view.tsx';
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
