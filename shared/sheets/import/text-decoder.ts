interface Decoder {
  decode(input: Uint8Array): string;
}
type DecoderConstructor = new (label: string, options: { fatal: boolean }) => Decoder;
// TextDecoder exists in every host we run in (browser, worker, Node) but not in shared's ES lib.
const TextDecoderImpl = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;

/**
 * Bytes as text in the named encoding. Fatal decoding throws on bytes the encoding cannot hold
 * (the caller then tries another); otherwise they become U+FFFD.
 */
export function decodeBytes(bytes: Uint8Array, label: string, isFatal: boolean): string {
  return new TextDecoderImpl(label, { fatal: isFatal }).decode(bytes);
}
