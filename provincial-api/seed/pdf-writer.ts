import { deflateSync } from 'node:zlib';
import type { Drawing } from './certificate-layouts.ts';

/**
 * A small PDF writer for the seed's evidence: text pages in the standard non-embedded Chinese
 * font STSong-Light (UniGB-UCS2-H), which viewers draw only when given pdf.js's CMaps, and image
 * pages holding one scan (JPEG, JPEG 2000 or JBIG2), which need the matching decoders.
 */

type PdfObject = string | { readonly dict: string; readonly stream: Buffer };

function serialize(objects: readonly PdfObject[]): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(length);
    const body =
      typeof object === 'string'
        ? Buffer.from(`${String(index + 1)} 0 obj\n${object}\nendobj\n`, 'latin1')
        : Buffer.concat([
            Buffer.from(
              `${String(index + 1)} 0 obj\n<< ${object.dict} /Length ${String(object.stream.length)} >>\nstream\n`,
              'latin1',
            ),
            object.stream,
            Buffer.from('\nendstream\nendobj\n', 'latin1'),
          ]);
    chunks.push(body);
    length += body.length;
  });
  const xref = [
    `xref\n0 ${String(objects.length + 1)}\n0000000000 65535 f \n`,
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`),
    `trailer\n<< /Size ${String(objects.length + 1)} /Root 1 0 R >>\nstartxref\n${String(length)}\n%%EOF\n`,
  ].join('');
  chunks.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(chunks);
}

/** UCS-2 big-endian hex, the encoding UniGB-UCS2-H reads. */
const ucs2 = (text: string) =>
  `<${Array.from(text, (c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;

/** Points per character as STSong-Light sets them: Han full width, ASCII half. */
const advance = (text: string, size: number) =>
  Array.from(text).reduce((sum, c) => sum + (c.charCodeAt(0) < 128 ? 0.5 : 1), 0) * size;

const num = (value: number) => value.toFixed(2);

/** A ring of four Bézier quarters, the seal's outline. */
function ring(x: number, y: number, r: number): string {
  const k = r * 0.5523;
  return [
    `${num(x + r)} ${num(y)} m`,
    `${num(x + r)} ${num(y + k)} ${num(x + k)} ${num(y + r)} ${num(x)} ${num(y + r)} c`,
    `${num(x - k)} ${num(y + r)} ${num(x - r)} ${num(y + k)} ${num(x - r)} ${num(y)} c`,
    `${num(x - r)} ${num(y - k)} ${num(x - k)} ${num(y - r)} ${num(x)} ${num(y - r)} c`,
    `${num(x + k)} ${num(y - r)} ${num(x + r)} ${num(y - k)} ${num(x + r)} ${num(y)} c S`,
  ].join('\n');
}

function contentOf(drawing: Drawing): string {
  const flip = (y: number) => drawing.height - y;
  const frames = drawing.frames.map(
    (f) =>
      `${num(f.line)} w ${num(f.x)} ${num(flip(f.y + f.height))} ${num(f.width)} ${num(f.height)} re S`,
  );
  const seal = drawing.seal;
  const texts = drawing.texts.map((t) => {
    const x = t.isCentred === true ? t.x - advance(t.text, t.size) / 2 : t.x;
    const colour = t.colour === 'red' ? '0.8 0.1 0.1 rg' : '0.1 0.1 0.1 rg';
    return `BT ${colour} /F1 ${num(t.size)} Tf ${num(x)} ${num(flip(t.y))} Td ${ucs2(t.text)} Tj ET`;
  });
  return [
    '0.55 0.1 0.1 RG',
    ...frames,
    '0.85 0.15 0.15 RG 3 w',
    ring(seal.x, flip(seal.y), seal.radius),
    ...texts,
  ].join('\n');
}

const stSongFont = [
  '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
  '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 /W [1 95 500] >>',
  '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
];

/** One page of text in STSong-Light, not embedded: a few kilobytes. */
export function textPdf(drawing: Drawing): Buffer {
  return serialize([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${String(drawing.width)} ${String(drawing.height)}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>`,
    { dict: '/Filter /FlateDecode', stream: deflateSync(contentOf(drawing)) },
    ...stSongFont,
  ]);
}

export interface ScanImage {
  /** DCTDecode (JPEG), JPXDecode (JPEG 2000) or JBIG2Decode (1-bit). */
  readonly filter: 'DCTDecode' | 'JPXDecode' | 'JBIG2Decode';
  readonly bytes: Buffer;
  readonly width: number;
  readonly height: number;
}

/** One page showing one scanned image across the whole page, with no text layer. */
export function imagePdf(image: ScanImage, page: { width: number; height: number }): Buffer {
  const colour =
    image.filter === 'JBIG2Decode'
      ? '/ColorSpace /DeviceGray /BitsPerComponent 1'
      : image.filter === 'DCTDecode'
        ? '/ColorSpace /DeviceRGB /BitsPerComponent 8'
        : '';
  const content = `q ${String(page.width)} 0 0 ${String(page.height)} 0 0 cm /Im1 Do Q`;
  return serialize([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${String(page.width)} ${String(page.height)}] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>`,
    { dict: '', stream: Buffer.from(content, 'latin1') },
    {
      dict: `/Type /XObject /Subtype /Image /Width ${String(image.width)} /Height ${String(image.height)} ${colour} /Filter /${image.filter}`,
      stream: image.bytes,
    },
  ]);
}
