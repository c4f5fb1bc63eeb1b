import { createHash } from 'node:crypto';
import type { Database } from '../../provincial-api/db/database.ts';
import { drawCertificate } from '../../provincial-api/seed/certificate-layouts.ts';
import { scanOf } from '../../provincial-api/seed/files.ts';
import { textPdf } from '../../provincial-api/seed/pdf-writer.ts';
import { createRandom } from '../../provincial-api/seed/random.ts';
import { certificateFacts } from '../integration/evidence-fixtures.ts';

/** Issue 13's three PDFs that draw only with pdf.js's CMaps, fonts and decoders. */
export const hardPdfKinds = ['stsong', 'jpx', 'jbig2'] as const;
export type HardPdfKind = (typeof hardPdfKinds)[number];

/**
 * The seed scatters its few scans over a unit, often on claims no longer pending: this puts one
 * certificate of each hard kind, as the seed writes it (a landscape 结业证书), as the first file of
 * three pending claims, before the app first pulls. Answers which claim holds which.
 */
export async function putHardPdfs(db: Database): Promise<Record<HardPdfKind, string>> {
  const drawing = drawCertificate('completion', certificateFacts);
  const files: Record<HardPdfKind, Buffer> = {
    stsong: textPdf(drawing),
    jpx: (await scanOf(drawing, createRandom(1), 2)).bytes,
    jbig2: (await scanOf(drawing, createRandom(2), 3)).bytes,
  };
  const claims = await db.query<{ id: string }>(
    `SELECT id FROM claims WHERE status = 'submitted' AND jsonb_array_length(doc->'attachments') > 0
      ORDER BY id LIMIT 3`,
  );
  const held = {} as Record<HardPdfKind, string>;
  for (const [index, kind] of hardPdfKinds.entries()) {
    const claimId = claims[index]?.id;
    if (claimId === undefined) throw new Error('the seed has fewer than three pending claims');
    const bytes = files[kind];
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await db.query('INSERT INTO blobs (sha256, bytes) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
      sha256,
      bytes,
    ]);
    await db.query(
      `UPDATE attachments SET sha256 = $2, mime_type = 'application/pdf'
        WHERE id = (SELECT doc->'attachments'->0->>'id' FROM claims WHERE id = $1)`,
      [claimId, sha256],
    );
    await db.query(
      `UPDATE claims SET doc = jsonb_set(doc, '{attachments,0}', doc->'attachments'->0 ||
          jsonb_build_object('sha256', $2::text, 'size', $3::int, 'mimeType', 'application/pdf'))
        WHERE id = $1`,
      [claimId, sha256, bytes.byteLength],
    );
    held[kind] = claimId;
  }
  return held;
}
