/**
 * A JBIG2 encoder for one 1-bit page, as scanners write them into PDFs (/JBIG2Decode): a page
 * information segment and one immediate lossless generic region, template 0 with the nominal
 * adaptive pixels, coded by the MQ arithmetic coder of ITU-T T.88 Annex E. Small, not clever:
 * it exists so the seed can hold a JBIG2 scan for the viewer and the OCR to prove themselves on.
 */

// Qe, next index after an MPS, next after an LPS, whether an LPS switches the MPS (T.88 Table E.1).
const qeTable: readonly (readonly [number, number, number, number])[] = [
  [0x5601, 1, 1, 1],
  [0x3401, 2, 6, 0],
  [0x1801, 3, 9, 0],
  [0x0ac1, 4, 12, 0],
  [0x0521, 5, 29, 0],
  [0x0221, 38, 33, 0],
  [0x5601, 7, 6, 1],
  [0x5401, 8, 14, 0],
  [0x4801, 9, 14, 0],
  [0x3801, 10, 14, 0],
  [0x3001, 11, 17, 0],
  [0x2401, 12, 18, 0],
  [0x1c01, 13, 20, 0],
  [0x1601, 29, 21, 0],
  [0x5601, 15, 14, 1],
  [0x5401, 16, 14, 0],
  [0x5101, 17, 15, 0],
  [0x4801, 18, 16, 0],
  [0x3801, 19, 17, 0],
  [0x3401, 20, 18, 0],
  [0x3001, 21, 19, 0],
  [0x2801, 22, 19, 0],
  [0x2401, 23, 20, 0],
  [0x2201, 24, 21, 0],
  [0x1c01, 25, 22, 0],
  [0x1801, 26, 23, 0],
  [0x1601, 27, 24, 0],
  [0x1401, 28, 25, 0],
  [0x1201, 29, 26, 0],
  [0x1101, 30, 27, 0],
  [0x0ac1, 31, 28, 0],
  [0x09c1, 32, 29, 0],
  [0x08a1, 33, 30, 0],
  [0x0521, 34, 31, 0],
  [0x0441, 35, 32, 0],
  [0x02a1, 36, 33, 0],
  [0x0221, 37, 34, 0],
  [0x0141, 38, 35, 0],
  [0x0111, 39, 36, 0],
  [0x0085, 40, 37, 0],
  [0x0049, 41, 38, 0],
  [0x0025, 42, 39, 0],
  [0x0015, 43, 40, 0],
  [0x0009, 44, 41, 0],
  [0x0005, 45, 42, 0],
  [0x0001, 45, 43, 0],
  [0x5601, 46, 46, 0],
];

/** The MQ encoder (T.88 E.2): A the interval, C the code register, CT the bits to the next byte. */
class MqEncoder {
  private a = 0x8000;
  private c = 0;
  private ct = 12;
  private b = -1;
  private readonly out: number[] = [];
  private readonly index = new Uint8Array(1 << 16);
  private readonly mps = new Uint8Array(1 << 16);

  encode(bit: number, context: number): void {
    const [qe, nmps, nlps, switches] = qeTable[this.index[context] ?? 0] ?? [0x5601, 1, 1, 1];
    this.a -= qe;
    if (bit === this.mps[context]) {
      if ((this.a & 0x8000) !== 0) {
        this.c += qe;
        return;
      }
      if (this.a < qe) this.a = qe;
      else this.c += qe;
      this.index[context] = nmps;
    } else {
      if (this.a < qe) this.c += qe;
      else this.a = qe;
      if (switches === 1) this.mps[context] = 1 - (this.mps[context] ?? 0);
      this.index[context] = nlps;
    }
    do {
      this.a <<= 1;
      this.c *= 2;
      this.ct--;
      if (this.ct === 0) this.byteOut();
    } while ((this.a & 0x8000) === 0);
  }

  private emit(byte: number, bits: number): void {
    if (this.b >= 0) this.out.push(this.b);
    this.b = byte;
    this.ct = bits;
  }

  private byteOut(): void {
    if (this.b === 0xff) {
      this.emit(Math.floor(this.c / 2 ** 20), 7);
      this.c %= 2 ** 20;
    } else if (this.c < 0x8000000) {
      this.emit(Math.floor(this.c / 2 ** 19), 8);
      this.c %= 2 ** 19;
    } else {
      this.b++;
      if (this.b === 0xff) {
        this.c %= 0x8000000;
        this.emit(Math.floor(this.c / 2 ** 20), 7);
        this.c %= 2 ** 20;
      } else {
        this.emit(Math.floor(this.c / 2 ** 19), 8);
        this.c %= 2 ** 19;
      }
    }
  }

  finish(): Uint8Array {
    const tempC = this.c + this.a;
    this.c = Math.floor(this.c / 0x10000) * 0x10000 + 0xffff;
    if (this.c >= tempC) this.c -= 0x8000;
    this.c *= 2 ** this.ct;
    this.byteOut();
    this.c *= 2 ** this.ct;
    this.byteOut();
    if (this.b >= 0) this.out.push(this.b);
    if (this.b !== 0xff) this.out.push(0xff);
    this.out.push(0xac);
    return Uint8Array.from(this.out);
  }
}

/** A 1-bit page: `isBlack(x, y)` for each pixel. */
export interface Bitmap {
  readonly width: number;
  readonly height: number;
  readonly isBlack: (x: number, y: number) => boolean;
}

/** Template 0's sixteen neighbours (the last four are the adaptive pixels at their nominal places). */
const neighbours: readonly (readonly [number, number])[] = [
  [-1, -2],
  [0, -2],
  [1, -2],
  [-2, -1],
  [-1, -1],
  [0, -1],
  [1, -1],
  [2, -1],
  [-4, 0],
  [-3, 0],
  [-2, 0],
  [-1, 0],
  [3, -1],
  [-3, -1],
  [2, -2],
  [-2, -2],
];

function genericRegion(bitmap: Bitmap): Uint8Array {
  const { width, height } = bitmap;
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) pixels[y * width + x] = bitmap.isBlack(x, y) ? 1 : 0;
  const at = (x: number, y: number) =>
    x < 0 || y < 0 || x >= width ? 0 : (pixels[y * width + x] ?? 0);
  const encoder = new MqEncoder();
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let context = 0;
      for (const [dx, dy] of neighbours) context = (context << 1) | at(x + dx, y + dy);
      encoder.encode(pixels[y * width + x] ?? 0, context);
    }
  }
  return encoder.finish();
}

const u32 = (value: number) => [
  (value >>> 24) & 0xff,
  (value >>> 16) & 0xff,
  (value >>> 8) & 0xff,
  value & 0xff,
];

function segment(number: number, type: number, data: readonly number[] | Uint8Array): number[] {
  return [...u32(number), type, 0x00, 1, ...u32(data.length), ...data];
}

/** The segments a PDF's /JBIG2Decode stream holds: page information, then the region. */
export function jbig2Page(bitmap: Bitmap): Buffer {
  const { width, height } = bitmap;
  const pageInformation = [...u32(width), ...u32(height), ...u32(0), ...u32(0), 0, 0, 0];
  const region = [
    ...u32(width),
    ...u32(height),
    ...u32(0),
    ...u32(0),
    0, // region flags: OR
    0, // generic region flags: arithmetic coding, template 0, no typical prediction
    3,
    0xff,
    0xfd,
    0xff,
    2,
    0xfe,
    0xfe,
    0xfe, // adaptive pixels (3,-1) (-3,-1) (2,-2) (-2,-2)
    ...genericRegion(bitmap),
  ];
  return Buffer.from([...segment(0, 48, pageInformation), ...segment(1, 39, region)]);
}
