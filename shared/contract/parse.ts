import type { z } from 'zod';
import { appError, err, ok, type AppError, type Result } from '../errors/result.ts';

/** One broken field of a document from outside, named so a person can find it. */
export interface FieldProblem {
  /** e.g. `claims[3]` or `Claim c-17`. */
  readonly document: string;
  /** Dotted path inside the document, e.g. `details.months`; empty for the whole document. */
  readonly field: string;
  /** Chinese explanation, e.g. `应为整数`. */
  readonly problem: string;
  /** English explanation, for logs. */
  readonly problemEn: string;
}

export interface DocumentError extends AppError {
  readonly code: 'validation';
  readonly problems: readonly FieldProblem[];
}

const shownProblems = 5;

/** `['decisions', 3, 'reason']` → `decisions[3].reason`. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/**
 * `decisions[3].reason` → `decisions 第 4 项的 reason 字段`, as a person reads a place; without
 * the closing 字段 when it names the object that lacks a field.
 */
function fieldPhrase(field: string, isObject = false): string {
  const phrase = field.replace(
    /\[(\d+)\]\.?/g,
    (_, index: string) => ` 第 ${Number(index) + 1} 项的 `,
  );
  if (phrase.endsWith('的 ')) return phrase.slice(0, -2).trim();
  return isObject ? phrase.trim() : `${phrase.trim()} 字段`;
}

/** What JSON Schema calls a type, in the words a reviewer knows. */
const typeWords: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否（true/false）',
  object: '一组字段（对象）',
  array: '列表',
  null: '空值',
};
const formatWords: Record<string, string> = {
  datetime: '精确到毫秒的 UTC 时间（如 2025-06-03T08:15:30.123Z）',
  date: '日期（如 2025-06-03）',
  uuid: '随机生成的第 4 版 UUID',
};
const wordOf = (words: Record<string, string>, key: string, fallback: string) =>
  words[key] ?? fallback;

function boundWord(origin: string): { unit: string; over: string; under: string } {
  if (origin === 'string') return { unit: ' 个字符', over: '长度超出上限', under: '长度低于下限' };
  if (origin === 'array') return { unit: ' 项', over: '项数超出上限', under: '项数低于下限' };
  return { unit: '', over: '超出上限', under: '低于下限' };
}

function describeIssue(issue: z.core.$ZodIssue): { zh: string; en: string } {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { zh: '缺少必填字段', en: 'required field is missing' }
        : {
            zh: `应为${wordOf(typeWords, issue.expected, '规定的类型')}`,
            en: `expected ${issue.expected}`,
          };
    case 'too_big': {
      const words = boundWord(issue.origin);
      const bound = `${String(issue.maximum)}${words.unit}`;
      return issue.inclusive === false
        ? { zh: `应小于 ${bound}`, en: `must be below ${String(issue.maximum)}` }
        : { zh: `${words.over} ${bound}`, en: `exceeds maximum ${String(issue.maximum)}` };
    }
    case 'too_small': {
      const words = boundWord(issue.origin);
      const bound = `${String(issue.minimum)}${words.unit}`;
      return issue.inclusive === false
        ? { zh: `应大于 ${bound}`, en: `must be above ${String(issue.minimum)}` }
        : { zh: `${words.under} ${bound}`, en: `below minimum ${String(issue.minimum)}` };
    }
    case 'invalid_value':
      return {
        zh: `取值不在允许范围内（应为 ${issue.values.map(String).join('、')} 之一）`,
        en: `must be one of ${issue.values.map(String).join(', ')}`,
      };
    case 'invalid_format':
      return {
        zh: `格式不正确，应为${wordOf(formatWords, issue.format, '规定的格式')}`,
        en: `invalid ${issue.format} format`,
      };
    case 'unrecognized_keys':
      return {
        zh: `含有接口未定义的字段：${issue.keys.join('、')}`,
        en: `unknown fields: ${issue.keys.join(', ')}`,
      };
    case 'custom':
      // The contract's own refinements say what is wrong in Chinese; others stay general.
      return /[\u4e00-\u9fff]/.test(issue.message)
        ? { zh: issue.message, en: issue.message }
        : { zh: '取值不符合规定', en: issue.message };
    case 'not_multiple_of':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return { zh: '取值不符合规定', en: issue.message };
  }
}

export function problemsOf(document: string, error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const { zh, en } = describeIssue(issue);
    return { document, field: fieldPath(issue.path), problem: zh, problemEn: en };
  });
}

/** One problem as a sentence: `claims[2] 的 details.months 字段超出上限 12`. */
function sentence(problem: FieldProblem): string {
  if (problem.field === '') return `${problem.document} ${problem.problem}`;
  if (problem.problem === '缺少必填字段') {
    const cut = problem.field.lastIndexOf('.');
    const missing = problem.field.slice(cut + 1);
    if (cut < 0) return `${problem.document} 缺少必填字段 ${missing}`;
    const parent = fieldPhrase(problem.field.slice(0, cut), true);
    return `${problem.document} 的 ${parent}${parent.endsWith('项') ? '' : ' '}缺少必填字段 ${missing}`;
  }
  return `${problem.document} 的 ${fieldPhrase(problem.field)}${problem.problem}`;
}

export function formatProblems(problems: readonly FieldProblem[]): { zh: string; en: string } {
  const shown = problems.slice(0, shownProblems);
  const more = problems.length - shown.length;
  const zh = shown.map(sentence).join('；');
  const en = shown
    .map((p) => `${p.document}${p.field ? ` field ${p.field}` : ''}: ${p.problemEn}`)
    .join('; ');
  return more > 0
    ? { zh: `${zh}；另有 ${more} 处问题`, en: `${en}; and ${more} more` }
    : { zh, en };
}

/** What a reader is told when data from outside breaks the contract: one wording everywhere. */
export function contractBreach(problems: readonly FieldProblem[]): { zh: string; en: string } {
  const { zh, en } = formatProblems(problems);
  return { zh: `接口数据不符合规范：${zh}`, en };
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
  const { zh, en } = contractBreach(problems);
  const base = appError('validation', zh, en);
  return err({ ...base, code: 'validation', problems });
}
