import { useEffect, useRef } from 'react';
import type { Attachment } from '#shared/contract/index.ts';
import { localEvidence } from '../../data/sync/evidence.ts';
import { useSession } from '../../ui/session-context.tsx';
import { openChannel, type WindowEvidence } from './evidence-window-channel.ts';

interface Shown {
  readonly claimId: string;
  readonly heading: string;
  readonly attachments: readonly Attachment[];
  readonly keysEnabled: boolean;
}

/**
 * Sends the shown claim's files to the evidence window while one is open: when it asks, and each
 * time the reviewer moves to another claim. Files are read only while a window listens.
 */
export function useEvidenceWindowFeed(shown: Shown): void {
  const { db, evidence } = useSession();
  const current = useRef(shown);
  const send = useRef<(() => void) | null>(null);

  useEffect(() => {
    let isListening = false;
    let sent = 0;
    const channel = openChannel((message) => {
      if (message.kind === 'gone') isListening = false;
      if (message.kind !== 'ask') return;
      isListening = true;
      send.current?.();
    });
    send.current = () => {
      if (!isListening) return;
      const turn = ++sent;
      const { claimId, heading, attachments, keysEnabled } = current.current;
      void Promise.all(
        attachments.map(async (attachment) => ({
          id: attachment.id,
          fileName: attachment.fileName,
          mimeType: attachment.mimeType,
          data: await localEvidence(db, attachment.id, attachment.sha256),
        })),
      ).then((files) => {
        // The reviewer may have moved on while the files were read: only the latest is sent.
        if (turn !== sent) return;
        const evidence: WindowEvidence = { claimId, heading, files, keysEnabled };
        channel.send({ kind: 'show', evidence });
      });
    };
    // A file that arrives in the background is sent on, so the window never stays on 尚未下载.
    const arrivals = evidence.arrived$.subscribe((id) => {
      if (current.current.attachments.some((attachment) => attachment.id === id)) send.current?.();
    });
    return () => {
      arrivals.unsubscribe();
      send.current = null;
      channel.close();
    };
  }, [db, evidence]);

  const { claimId, heading, attachments, keysEnabled } = shown;
  useEffect(() => {
    current.current = { claimId, heading, attachments, keysEnabled };
    send.current?.();
  }, [claimId, heading, attachments, keysEnabled]);
}
