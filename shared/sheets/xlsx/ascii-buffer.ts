/**
 * A growing byte buffer for ASCII text. A worksheet part is ASCII only (its text lives in
 * sharedStrings.xml), so it is written straight to bytes: building it as strings first made
 * millions of short strings for the garbage collector and then a copy to UTF-8.
 */
export interface AsciiBuffer {
  bytes: Uint8Array;
  length: number;
}

export function newAsciiBuffer(capacity: number): AsciiBuffer {
  return { bytes: new Uint8Array(Math.max(1024, capacity)), length: 0 };
}

export function reserve(out: AsciiBuffer, extra: number): void {
  if (out.length + extra <= out.bytes.length) return;
  const grown = new Uint8Array(Math.max(out.bytes.length * 2, out.length + extra));
  grown.set(out.bytes.subarray(0, out.length));
  out.bytes = grown;
}

export function asciiCodes(text: string): Uint8Array {
  const codes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x80) throw new Error(`Assertion failed: ASCII only in sheet XML: ${text}`);
    codes[index] = code;
  }
  return codes;
}

// A plain loop: the pieces of a cell are a few bytes long, where `set` costs more than it saves.
export function writeCodes(out: AsciiBuffer, codes: Uint8Array): void {
  reserve(out, codes.length);
  const { bytes, length } = out;
  for (let index = 0; index < codes.length; index++) bytes[length + index] = codes[index] ?? 0;
  out.length = length + codes.length;
}

export function writeAscii(out: AsciiBuffer, text: string): void {
  reserve(out, text.length);
  const { bytes, length } = out;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x80) throw new Error(`Assertion failed: ASCII only in sheet XML: ${text}`);
    bytes[length + index] = code;
  }
  out.length = length + text.length;
}

/** A non-negative safe integer in decimal, without making a string of it. */
export function writeDigits(out: AsciiBuffer, value: number): void {
  reserve(out, 16);
  let count = 1;
  for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) count += 1;
  let at = out.length + count;
  let rest = value;
  do {
    at -= 1;
    out.bytes[at] = 48 + (rest % 10);
    rest = Math.floor(rest / 10);
  } while (rest > 0);
  out.length += count;
}

/** Any finite number as Excel reads it back: digits for counts, JavaScript's shortest form else. */
export function writeNumber(out: AsciiBuffer, value: number): void {
  if (Number.isSafeInteger(value) && value >= 0) writeDigits(out, value);
  else writeAscii(out, String(value));
}

export function written(out: AsciiBuffer): Uint8Array {
  return out.bytes.subarray(0, out.length);
}
