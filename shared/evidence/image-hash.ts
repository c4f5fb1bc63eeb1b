/** Pixels as canvases hand them over: RGBA, row by row. */
export interface RgbaImage {
  readonly data: Uint8Array | Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

const columns = 9;
// Paper is mostly blank: cells that differ by less than this are equal, or scanner noise would
// flip their bits at random.
const flatMargin = 2;
const rows = 8;

/** Mean brightness of each cell of a `columns` × `rows` grid laid over the image. */
function cellMeans(image: RgbaImage): number[] {
  const sums = new Array<number>(columns * rows).fill(0);
  const counts = new Array<number>(columns * rows).fill(0);
  // Every pixel of a page is more than the hash needs; a stride keeps large scans quick.
  const step = Math.max(1, Math.floor(Math.min(image.width, image.height) / 256));
  for (let y = 0; y < image.height; y += step) {
    const row = Math.min(rows - 1, Math.floor((y * rows) / image.height));
    for (let x = 0; x < image.width; x += step) {
      const column = Math.min(columns - 1, Math.floor((x * columns) / image.width));
      const p = (y * image.width + x) * 4;
      const grey =
        0.299 * (image.data[p] ?? 0) +
        0.587 * (image.data[p + 1] ?? 0) +
        0.114 * (image.data[p + 2] ?? 0);
      sums[row * columns + column] = (sums[row * columns + column] ?? 0) + grey;
      counts[row * columns + column] = (counts[row * columns + column] ?? 0) + 1;
    }
  }
  return sums.map((sum, i) => sum / Math.max(1, counts[i] ?? 1));
}

/**
 * A 64-bit difference hash (dHash) as 16 hex digits: for each row, whether each cell is brighter
 * than the next by a margin. Noise, a new JPEG encoding, a slight turn or scale leave it nearly the same.
 */
export function differenceHash(image: RgbaImage): string {
  const means = cellMeans(image);
  let hex = '';
  for (let row = 0; row < rows; row++) {
    let byte = 0;
    for (let column = 0; column < columns - 1; column++) {
      const left = means[row * columns + column] ?? 0;
      const right = means[row * columns + column + 1] ?? 0;
      byte = (byte << 1) | (left > right + flatMargin ? 1 : 0);
    }
    hex += byte.toString(16).padStart(2, '0');
  }
  return hex;
}

/** Bits that differ between two hashes of equal length. */
export function hammingDistance(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    let x = parseInt(a[i] ?? '0', 16) ^ parseInt(b[i] ?? '0', 16);
    while (x !== 0) {
      distance += x & 1;
      x >>= 1;
    }
  }
  return distance + 4 * Math.abs(a.length - b.length);
}
