import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { claimSchema, parseDocument, staffSchema } from '../shared/contract/index.ts';
import { fieldValues } from '../shared/evidence/index.ts';
import {
  checkEvidenceFile,
  type EvidenceMimeType,
} from '../renderer/src/evidence-check/read-evidence.ts';
import { parseOptions } from './args.ts';
import { nodeEvidencePlatform } from './evidence-platform.ts';
import { readJsonObject, type Loaded } from './input-file.ts';
import { usageError, type CliCommand } from './io.ts';

/**
 * `ce evidence-check --claim <claim.json> --staff <staff.json> <file> --json`: reads one evidence
 * file offline (text layer or OCR), compares it with one contract Claim and one contract Staff,
 * and prints one JSON object: the text read, the fields found (null where not) and the findings.
 */

async function contractDocument<S extends z.ZodType>(
  path: string,
  schema: S,
  name: string,
): Promise<Loaded<z.infer<S>>> {
  const input = await readJsonObject(path);
  if (!input.ok) return input;
  const parsed = parseDocument(schema, input.value, name);
  if (parsed.ok) return { ok: true, value: parsed.value };
  return { ok: false, outcome: usageError(parsed.error.message, parsed.error.detail ?? '') };
}

/** The file's kind by its first bytes, whatever its name says. */
function mimeTypeOf(bytes: Uint8Array): EvidenceMimeType | undefined {
  const starts = (...magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'application/pdf';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  return undefined;
}

/** Runs `work` with the libraries' console chatter sent to stderr: stdout is the JSON alone. */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const saved = { log: console.log, info: console.info, warn: console.warn, debug: console.debug };
  const toStderr = (...parts: unknown[]) =>
    process.stderr.write(`${parts.map(String).join(' ')}\n`);
  Object.assign(console, { log: toStderr, info: toStderr, warn: toStderr, debug: toStderr });
  try {
    return await work();
  } finally {
    Object.assign(console, saved);
  }
}

export const run: CliCommand = async (args) => {
  const parsed = parseOptions(args, ['claim', 'staff'], ['json']);
  if (!parsed.ok) return parsed.outcome;
  const claimPath = parsed.value.options.get('claim');
  const staffPath = parsed.value.options.get('staff');
  const [filePath, ...extra] = parsed.value.positional;
  if (
    claimPath === undefined ||
    staffPath === undefined ||
    filePath === undefined ||
    extra.length > 0
  ) {
    return usageError(
      '用法：ce evidence-check --claim <申报.json> --staff <人员.json> <证明材料.pdf|jpg|png> --json',
      'usage: ce evidence-check --claim <claim.json> --staff <staff.json> <file> --json',
    );
  }
  const claim = await contractDocument(claimPath, claimSchema, 'claim');
  if (!claim.ok) return claim.outcome;
  const staff = await contractDocument(staffPath, staffSchema, 'staff');
  if (!staff.ok) return staff.outcome;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return usageError(`无法读取文件 ${filePath}`, `cannot read ${filePath}: ${reason}`);
  }
  const mimeType = mimeTypeOf(bytes);
  if (mimeType === undefined) {
    return usageError(
      `文件 ${filePath} 不是 PDF、JPEG 或 PNG，请换成这三种格式之一`,
      `${filePath} is not a PDF, JPEG or PNG`,
    );
  }
  const result = await quietly(async () =>
    checkEvidenceFile(await nodeEvidencePlatform(), { bytes, mimeType }, claim.value, staff.value),
  );
  const findings = result.findings.map(({ code, severity, message, citation }) => ({
    code,
    severity,
    message,
    citation,
  }));
  return {
    exitCode: 0,
    stdout: `${JSON.stringify({ text: result.text, fields: fieldValues(result.fields), findings })}\n`,
  };
};
