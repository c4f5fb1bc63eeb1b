import { Unzip, UnzipInflate, unzipSync, type UnzipFile } from 'fflate';
import { err, ok, type Result } from '../../errors/result.ts';
import {
  formatMb,
  refusal,
  unreadable,
  type Clock,
  type ImportLimits,
  type ImportRefusal,
} from './limits.ts';

const bomb = (detail: string): ImportRefusal =>
  refusal(
    'zip_bomb',
    '文件解压后体积异常（疑似压缩炸弹），已拒绝导入。请确认文件来源，或另存为新的 .xlsx 后重试。',
    detail,
  );

/** Parts a worksheet reader needs; images and other media are never inflated. */
const isNeeded = (name: string): boolean => /\.(xml|rels)$/i.test(name);

/**
 * Inflates an .xlsx's XML parts within limits. The declared sizes of the central directory are
 * checked before anything is inflated; then the parts are inflated in small input chunks while the
 * real output is counted, so a file that lies about its sizes is stopped after a few MB of work.
 */
export function unzipBounded(
  bytes: Uint8Array,
  limits: ImportLimits,
  clock: Clock,
  deadline: number,
): Result<Record<string, Uint8Array>, ImportRefusal> {
  const declared = new Map<string, number>();
  let declaredTotal = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        declared.set(file.name, file.originalSize);
        if (isNeeded(file.name)) declaredTotal += file.originalSize;
        return false;
      },
    });
  } catch (error) {
    return err(unreadable(String(error)));
  }
  if (declared.size > limits.maxZipEntries) return err(bomb(`${declared.size} zip entries`));
  for (const [name, size] of declared) {
    if (isNeeded(name) && size > limits.maxEntryBytes)
      return err(bomb(`${name} declares ${size} bytes`));
  }
  if (declaredTotal > limits.maxTotalBytes)
    return err(bomb(`declared total ${declaredTotal} bytes`));

  const parts: Record<string, Uint8Array> = {};
  let total = 0;
  let failure: ImportRefusal | undefined;
  const unzip = new Unzip((file: UnzipFile) => {
    if (!isNeeded(file.name)) return;
    const allowed = Math.min(limits.maxEntryBytes, declared.get(file.name) ?? limits.maxEntryBytes);
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (failure !== undefined) return;
      if (error !== null) {
        failure = unreadable(error.message);
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > allowed || total > limits.maxTotalBytes) {
        failure = bomb(`${file.name} inflates past ${formatMb(allowed)}`);
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) parts[file.name] = concat(chunks, size);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const step = 64 * 1024;
  try {
    for (let offset = 0; offset < bytes.length && failure === undefined; offset += step) {
      if (clock() > deadline) return err(timeoutRefusal());
      unzip.push(bytes.subarray(offset, offset + step), offset + step >= bytes.length);
    }
  } catch (error) {
    return err(unreadable(String(error)));
  }
  return failure === undefined ? ok(parts) : err(failure);
}

export function timeoutRefusal(): ImportRefusal {
  return refusal(
    'timeout',
    '文件过于复杂，读取超时，已停止。请删去无关的工作表和格式后重试。',
    'parse deadline passed',
  );
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
