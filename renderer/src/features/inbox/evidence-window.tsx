import { Empty, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { EvidenceFileView, FilePicker } from './evidence-file-view.tsx';
import { openChannel, type WindowEvidence } from './evidence-window-channel.ts';
import './evidence.css';

/**
 * The evidence window: the files of the claim open in the reviewer's window, as large as this
 * window is, following each claim the reviewer opens there. Nothing is read or kept here.
 */
export function EvidenceWindow() {
  const [evidence, setEvidence] = useState<WindowEvidence | null>(null);
  const [chosen, setChosen] = useState({ claimId: '', index: 0 });

  useEffect(() => {
    document.title = '证明材料 - 继续教育学时审核';
    const channel = openChannel((message) => {
      if (message.kind === 'show') setEvidence(message.evidence);
    });
    channel.send({ kind: 'ask' });
    const gone = () => channel.send({ kind: 'gone' });
    window.addEventListener('pagehide', gone);
    return () => {
      window.removeEventListener('pagehide', gone);
      gone();
      channel.close();
    };
  }, []);

  const index = evidence !== null && chosen.claimId === evidence.claimId ? chosen.index : 0;
  const shown = evidence?.files[Math.min(index, evidence.files.length - 1)];
  return (
    <main className="evidence-window">
      <section className="evidence-view" aria-label="证明材料">
        {evidence === null ? (
          <Empty
            description="请在审核窗口中打开一条申报：它的证明材料会显示在这里，并随审核窗口切换。"
            style={{ marginTop: 120 }}
          />
        ) : (
          <>
            <div className="evidence-files">
              <Typography.Text strong>{evidence.heading}</Typography.Text>
              <FilePicker
                files={evidence.files}
                index={index}
                onChange={(at) => setChosen({ claimId: evidence.claimId, index: at })}
              />
            </div>
            {shown === undefined ? (
              <Empty description="未上传证明材料" />
            ) : (
              <EvidenceFileView
                attachmentId={shown.id}
                mimeType={shown.mimeType}
                file={shown.data}
                keysEnabled={evidence.keysEnabled}
                missing={
                  <Typography.Text type="warning">
                    证明材料尚未下载：请在审核窗口中点“下载证明材料”，下载后这里随即显示。
                  </Typography.Text>
                }
              />
            )}
          </>
        )}
      </section>
    </main>
  );
}
