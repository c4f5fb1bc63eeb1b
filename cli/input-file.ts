import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { contractBreach, parseDocument } from '../shared/contract/index.ts';
import { usageError, type CliOutcome } from './io.ts';

export type Loaded<T> = { ok: true; value: T } | { ok: false; outcome: CliOutcome };

/** Reads a JSON file whose top level is an object of named arrays, e.g. `{"claims": [...]}`. */
export async function readJsonObject(path: string): Promise<Loaded<Record<string, unknown>>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      outcome: usageError(`无法读取文件 ${path}`, `cannot read ${path}: ${reason}`),
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      outcome: usageError(`文件 ${path} 不是有效的 JSON`, `${path} is not valid JSON: ${reason}`),
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      outcome: usageError(
        `文件 ${path} 的顶层应为 JSON 对象`,
        `${path}: the top level must be a JSON object`,
      ),
    };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** Checks every document of one array field; all problems are reported, not just the first. */
export function documentsOf<S extends z.ZodType>(
  input: Record<string, unknown>,
  field: string,
  schema: S,
): Loaded<z.infer<S>[]> {
  const list = input[field];
  if (!Array.isArray(list)) {
    return {
      ok: false,
      outcome: usageError(
        `缺少字段 ${field}，应为数组`,
        `field ${field} is missing or not an array`,
      ),
    };
  }
  const documents: z.infer<S>[] = [];
  const problems = [];
  for (const [index, item] of list.entries()) {
    const parsed = parseDocument(schema, item, `${field}[${String(index)}]`);
    if (parsed.ok) documents.push(parsed.value);
    else problems.push(...parsed.error.problems);
  }
  if (problems.length > 0) {
    const { zh, en } = contractBreach(problems);
    return { ok: false, outcome: usageError(zh, `input breaks the contract: ${en}`) };
  }
  return { ok: true, value: documents };
}
