import { createCanvas, GlobalFonts, type Canvas } from '@napi-rs/canvas';
import { existsSync } from 'node:fs';
import type { Drawing } from './certificate-layouts.ts';
import type { Random } from './random.ts';

/**
 * Scans and photos of a certificate drawing: drawn with a Chinese font, turned a little, speckled
 * and saved as JPEG or PNG, as a phone or an office scanner would hand them in. A rescan of the
 * same drawing with another random turn and noise gives other bytes but the same certificate.
 */

// Debian's fonts-wqy-microhei, which .ci/run installs for the screenshots; without it canvas
// falls back to whatever Chinese font the system has.
const fontFile = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
const family =
  existsSync(fontFile) && GlobalFonts.registerFromPath(fontFile, 'SeedSans') !== null
    ? 'SeedSans'
    : 'sans-serif';

/** Pixels per point: 1.4 gives a landscape A4 of 1179 × 833, about 100 dpi. */
const scale = 1.4;

function draw(drawing: Drawing, r: Random): Canvas {
  const width = Math.round(drawing.width * scale);
  const height = Math.round(drawing.height * scale);
  const canvas = createCanvas(width, height);
  const g = canvas.getContext('2d');
  // Scanner bed grey around the page, then the page turned by up to 1.5 degrees.
  g.fillStyle = '#d8d8d4';
  g.fillRect(0, 0, width, height);
  g.translate(width / 2, height / 2);
  g.rotate(((r.next() - 0.5) * 3 * Math.PI) / 180);
  g.translate(-width / 2 + r.int(-6, 6), -height / 2 + r.int(-6, 6));
  g.scale(scale, scale);
  g.fillStyle = '#fbf9f1';
  g.fillRect(0, 0, drawing.width, drawing.height);
  g.strokeStyle = '#8c1a1a';
  for (const frame of drawing.frames) {
    g.lineWidth = frame.line;
    g.strokeRect(frame.x, frame.y, frame.width, frame.height);
  }
  g.strokeStyle = 'rgba(210, 40, 40, 0.75)';
  g.lineWidth = 3;
  g.beginPath();
  g.arc(drawing.seal.x, drawing.seal.y, drawing.seal.radius, 0, 2 * Math.PI);
  g.stroke();
  for (const text of drawing.texts) {
    g.font = `${String(text.size)}px ${family}`;
    g.fillStyle = text.colour === 'red' ? '#b01c1c' : '#1d1d1d';
    g.textAlign = text.isCentred === true ? 'center' : 'left';
    g.fillText(text.text, text.x, text.y);
  }
  g.setTransform(1, 0, 0, 1, 0, 0);
  speckle(canvas, r);
  return canvas;
}

/** Sensor noise, strong enough that two scans of one page never share their bytes. */
function speckle(canvas: Canvas, r: Random): void {
  const g = canvas.getContext('2d');
  const image = g.getImageData(0, 0, canvas.width, canvas.height);
  const { data } = image;
  let state = r.int(1, 2 ** 30);
  for (let p = 0; p < data.length; p += 4) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    const noise = ((state >> 16) % 41) - 20;
    data[p] = (data[p] ?? 0) + noise;
    data[p + 1] = (data[p + 1] ?? 0) + noise;
    data[p + 2] = (data[p + 2] ?? 0) + noise;
  }
  g.putImageData(image, 0, 0);
}

export type ScanFormat = 'jpeg' | 'png';

/** A scan file: JPEG at quality 70, or PNG (photos of a screen, screenshots). */
export function scanFile(drawing: Drawing, r: Random, format: ScanFormat): Buffer {
  const canvas = draw(drawing, r);
  return format === 'jpeg' ? canvas.toBuffer('image/jpeg', 70) : canvas.toBuffer('image/png');
}

/** The scan's pixels for the other encoders (JPEG 2000, JBIG2). */
export function scanPixels(
  drawing: Drawing,
  r: Random,
): { data: Uint8ClampedArray; width: number; height: number } {
  const canvas = draw(drawing, r);
  const image = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  return { data: image.data, width: image.width, height: image.height };
}
