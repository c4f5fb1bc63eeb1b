import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDate } from '../shared/calendar/iso-date.ts';
import { rulebookIds, type RulebookId } from '../shared/contract/index.ts';
import { isRulebookId } from '../shared/rules/rulebooks.ts';
import { usageError, type CliOutcome } from './io.ts';

export interface ParsedArgs {
  readonly options: ReadonlyMap<string, string>;
  /** Options that take no value, such as `--json`. */
  readonly flags: ReadonlySet<string>;
  readonly positional: readonly string[];
}

/**
 * `--name value` and `--name=value` options, `--flag` flags, everything else positional, read by
 * `node:util` parseArgs. Its tokens are checked here rather than in its strict mode, whose errors
 * are English sentences: each misuse then gets its own Chinese and English message.
 */
export function parseOptions(
  args: readonly string[],
  known: readonly string[],
  knownFlags: readonly string[] = [],
): { ok: true; value: ParsedArgs } | { ok: false; outcome: CliOutcome } {
  const config: NonNullable<ParseArgsConfig['options']> = {};
  for (const name of known) config[name] = { type: 'string' };
  for (const name of knownFlags) config[name] = { type: 'boolean' };
  const { tokens } = parseArgs({
    args: [...args],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const options = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positional.push(token.value);
    if (token.kind !== 'option') continue;
    if (knownFlags.includes(token.name)) {
      if (token.value !== undefined) {
        return {
          ok: false,
          outcome: usageError(
            `选项 --${token.name} 不带取值`,
            `option --${token.name} takes no value`,
          ),
        };
      }
      flags.add(token.name);
      continue;
    }
    if (!known.includes(token.name)) {
      return {
        ok: false,
        outcome: usageError(`不认识的选项 ${token.rawName}`, `unknown option ${token.rawName}`),
      };
    }
    // `--rulebook --year 2025` would take "--year" as the rulebook: a value must not look like
    // an option unless it is written inline (`--rulebook=-x`), as strict parseArgs also holds.
    const isTakenFromNext = token.inlineValue === false && token.value.startsWith('-');
    if (token.value === undefined || token.value === '' || isTakenFromNext) {
      return {
        ok: false,
        outcome: usageError(
          `选项 --${token.name} 缺少取值`,
          `option --${token.name} needs a value`,
        ),
      };
    }
    options.set(token.name, token.value);
  }
  return { ok: true, value: { options, flags, positional } };
}

export function rulebookOption(
  parsed: ParsedArgs,
): { ok: true; value: RulebookId } | { ok: false; outcome: CliOutcome } {
  const id = parsed.options.get('rulebook');
  if (id === undefined) {
    return {
      ok: false,
      outcome: usageError(
        `缺少 --rulebook，可选：${rulebookIds.join('、')}`,
        `missing --rulebook; one of ${rulebookIds.join(', ')}`,
      ),
    };
  }
  if (!isRulebookId(id)) {
    return {
      ok: false,
      outcome: usageError(
        `未知的规则集 ${id}，可选：${rulebookIds.join('、')}`,
        `unknown rulebook ${id}; one of ${rulebookIds.join(', ')}`,
      ),
    };
  }
  return { ok: true, value: id };
}

export function yearOption(
  parsed: ParsedArgs,
): { ok: true; value: number } | { ok: false; outcome: CliOutcome } {
  const text = parsed.options.get('year');
  if (text === undefined)
    return { ok: false, outcome: usageError('缺少 --year（四位年份）', 'missing --year <yyyy>') };
  if (!/^\d{4}$/u.test(text)) {
    return {
      ok: false,
      outcome: usageError(`年份 ${text} 不是四位数字`, `year ${text} is not four digits`),
    };
  }
  return { ok: true, value: Number(text) };
}

export function singleFile(
  parsed: ParsedArgs,
): { ok: true; value: string } | { ok: false; outcome: CliOutcome } {
  const [file, ...extra] = parsed.positional;
  if (file === undefined || extra.length > 0) {
    return {
      ok: false,
      outcome: usageError('需要且只需要一个 JSON 文件', 'exactly one JSON file expected'),
    };
  }
  return { ok: true, value: file };
}

/** A required `--name YYYY-MM-DD` option naming a day that exists. */
export function dateOption(
  parsed: ParsedArgs,
  name: string,
  label: string,
): { ok: true; value: string } | { ok: false; outcome: CliOutcome } {
  const text = parsed.options.get(name);
  if (text === undefined) {
    return {
      ok: false,
      outcome: usageError(
        `缺少 --${name}（${label}，YYYY-MM-DD）`,
        `missing --${name} <YYYY-MM-DD>`,
      ),
    };
  }
  if (!isIsoDate(text)) {
    return {
      ok: false,
      outcome: usageError(
        `${label} ${text} 不是有效日期，应为 YYYY-MM-DD，如 2025-09-26`,
        `--${name} ${text} is not a real YYYY-MM-DD date`,
      ),
    };
  }
  return { ok: true, value: text };
}

/** Commands whose only inputs are options refuse a stray word rather than ignore it. */
export function noPositional(
  parsed: ParsedArgs,
): { ok: true; value: undefined } | { ok: false; outcome: CliOutcome } {
  const [first] = parsed.positional;
  return first === undefined
    ? { ok: true, value: undefined }
    : { ok: false, outcome: usageError(`多余的参数 ${first}`, `unexpected argument ${first}`) };
}
