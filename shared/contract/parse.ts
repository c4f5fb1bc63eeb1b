import type { z } from 'zod';
import { appError, err, ok, type AppError, type Result } from '../errors/result.ts';

/** One broken field of a document from outside, named so a person can find it. */
export interface FieldProblem {
  /** e.g. `claims[3]` or `Claim c-17`. */
  readonly document: string;
  /** Dotted path inside the document, e.g. `details.months`; empty for the whole document. */
  readonly field: string;
  /** Chinese explanation. */
  readonly problem: string;
  /** English explanation. */
  readonly problemEn: string;
}

export interface DocumentError extends AppError {
  readonly code: 'validation';
  readonly problems: readonly FieldProblem[];
}

const shownProblems = 5;

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function describeIssue(issue: z.core.$ZodIssue): { zh: string; en: string } {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { zh: '缺少必填字段', en: 'required field is missing' }
        : { zh: `类型错误，应为 ${issue.expected}`, en: `expected ${issue.expected}` };
    case 'too_big':
      return {
        zh: `超出上限 ${String(issue.maximum)}`,
        en: `exceeds maximum ${String(issue.maximum)}`,
      };
    case 'too_small':
      return {
        zh: `低于下限 ${String(issue.minimum)}`,
        en: `below minimum ${String(issue.minimum)}`,
      };
    case 'invalid_value':
      return {
        zh: `取值不在允许范围内（${issue.values.map(String).join('、')}）`,
        en: `must be one of ${issue.values.map(String).join(', ')}`,
      };
    case 'invalid_format':
      return { zh: `格式不正确（应为 ${issue.format}）`, en: `invalid ${issue.format} format` };
    case 'unrecognized_keys':
      return {
        zh: `含有合同未定义的字段：${issue.keys.join('、')}`,
        en: `unknown fields: ${issue.keys.join(', ')}`,
      };
    case 'not_multiple_of':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return { zh: '取值不符合规定', en: issue.message };
  }
}

export function problemsOf(document: string, error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const { zh, en } = describeIssue(issue);
    return { document, field: fieldPath(issue.path), problem: zh, problemEn: en };
  });
}

export function formatProblems(problems: readonly FieldProblem[]): { zh: string; en: string } {
  const shown = problems.slice(0, shownProblems);
  const more = problems.length - shown.length;
  const zh = shown
    .map((p) => `${p.document}${p.field ? ` 的字段 ${p.field}` : ''}：${p.problem}`)
    .join('；');
  const en = shown
    .map((p) => `${p.document}${p.field ? ` field ${p.field}` : ''}: ${p.problemEn}`)
    .join('; ');
  return more > 0
    ? { zh: `${zh}；另有 ${more} 处问题`, en: `${en}; and ${more} more` }
    : { zh, en };
}

/** Checks one document from outside against its contract schema. */
export function parseDocument<S extends z.ZodType>(
  schema: S,
  value: unknown,
  document: string,
): Result<z.infer<S>, DocumentError> {
  // reportInput: zod 4 keeps the offending value on each issue only when asked, and it is what
  // tells a wrong type apart from a missing field.
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  const problems = problemsOf(document, parsed.error);
  const { zh, en } = formatProblems(problems);
  const base = appError('validation', `数据不符合接口规范：${zh}`, en);
  return err({ ...base, code: 'validation', problems });
}
