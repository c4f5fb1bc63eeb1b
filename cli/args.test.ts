import { describe, expect, it } from 'vitest';
import { parseOptions } from './args.ts';

const known = ['rulebook', 'year'];

describe('parseOptions', () => {
  it('reads spaced and inline values and keeps the rest as positionals', () => {
    expect(parseOptions(['--rulebook', 'jining-2020', 'a.json', '--year=2025'], known)).toEqual({
      ok: true,
      value: {
        options: new Map([
          ['rulebook', 'jining-2020'],
          ['year', '2025'],
        ]),
        flags: new Set(),
        positional: ['a.json'],
      },
    });
  });

  it('takes everything after -- as positional, even what looks like an option', () => {
    expect(parseOptions(['--', '--rulebook', '-x'], known)).toEqual({
      ok: true,
      value: { options: new Map(), flags: new Set(), positional: ['--rulebook', '-x'] },
    });
  });

  it('accepts a value starting with a dash when it is written inline', () => {
    expect(parseOptions(['--rulebook=-x'], known)).toEqual({
      ok: true,
      value: { options: new Map([['rulebook', '-x']]), flags: new Set(), positional: [] },
    });
  });

  it('reads a flag that takes no value', () => {
    expect(parseOptions(['--json', '--rulebook', 'x'], known, ['json'])).toEqual({
      ok: true,
      value: { options: new Map([['rulebook', 'x']]), flags: new Set(['json']), positional: [] },
    });
    expect(parseOptions(['--json=yes'], known, ['json'])).toEqual({
      ok: false,
      outcome: {
        exitCode: 2,
        stderr: '错误：选项 --json 不带取值\nerror: option --json takes no value\n',
      },
    });
  });

  it.each([
    [['--bogus', 'v'], '不认识的选项 --bogus', 'unknown option --bogus'],
    [['-r', 'x'], '不认识的选项 -r', 'unknown option -r'],
    [['--rulebook'], '选项 --rulebook 缺少取值', 'option --rulebook needs a value'],
    [['--rulebook='], '选项 --rulebook 缺少取值', 'option --rulebook needs a value'],
    [
      ['--rulebook', '--year', '2025'],
      '选项 --rulebook 缺少取值',
      'option --rulebook needs a value',
    ],
  ])('exits 2 with Chinese and English when given %j', (args, zh, en) => {
    expect(parseOptions(args, known)).toEqual({
      ok: false,
      outcome: { exitCode: 2, stderr: `错误：${zh}\nerror: ${en}\n` },
    });
  });
});
