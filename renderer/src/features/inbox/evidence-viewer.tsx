import { Alert, Button, Empty, Space, Tabs, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useAsyncValue } from '../../app/use-async.ts';
import type { Attachment } from '../../../../shared/contract/index.ts';
import { useSession } from '../../app/session-context.tsx';
import { localEvidence } from '../../data/sync/evidence.ts';
import { PdfPages } from './pdf-pages.tsx';

function useLocalFile(attachment: Attachment): Blob | null | 'loading' {
  const { db } = useSession();
  const file = useAsyncValue(`${attachment.id}:${attachment.sha256}`, () =>
    localEvidence(db, attachment.id, attachment.sha256),
  );
  return file === undefined ? 'loading' : file;
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

function AttachmentView({ attachment }: { readonly attachment: Attachment }) {
  const file = useLocalFile(attachment);
  const [scale, setScale] = useState(1);
  const [rotation, setRotation] = useState(0);
  if (file === 'loading') return null;
  if (file === null) {
    return (
      <Alert type="warning" showIcon title="该证明材料尚未下载到本机，联网同步后可离线查看。" />
    );
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space>
        <Button size="small" onClick={() => setScale((s) => Math.min(3, s + 0.25))}>
          放大
        </Button>
        <Button size="small" onClick={() => setScale((s) => Math.max(0.5, s - 0.25))}>
          缩小
        </Button>
        <Button size="small" onClick={() => setRotation((r) => (r + 90) % 360)}>
          旋转
        </Button>
        <Typography.Text type="secondary">{Math.round(scale * 100)}%</Typography.Text>
      </Space>
      {attachment.mimeType === 'application/pdf' ? (
        <PdfPages data={file} scale={scale} rotation={rotation} />
      ) : (
        <ImageView data={file} scale={scale} rotation={rotation} />
      )}
    </Space>
  );
}

export function EvidenceViewer({ attachments }: { readonly attachments: readonly Attachment[] }) {
  if (attachments.length === 0) return <Empty description="未上传证明材料" />;
  return (
    <Tabs
      size="small"
      items={attachments.map((attachment, index) => ({
        key: attachment.id,
        label: attachment.fileName.length > 16 ? `材料 ${index + 1}` : attachment.fileName,
        children: <AttachmentView attachment={attachment} />,
      }))}
    />
  );
}
