import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { claimSchema, parseDocument, staffSchema, unitSchema } from '../shared/contract/index.ts';
import { yearBank } from '../shared/bank/year-bank.ts';
import { buildManagers } from '../shared/sheets/export-managers.ts';
import { buildRoster, type RosterPerson } from '../shared/sheets/export-roster.ts';
import { industries } from '../shared/sheets/industries.ts';
import {
  managerTemplates,
  validateFiling,
  type ManagersFiling,
  type ManagerTemplate,
} from '../shared/sheets/managers.ts';
import { parseOptions, rulebookOption, singleFile, yearOption, type ParsedArgs } from './args.ts';
import { documentsOf, readJsonObject } from './input-file.ts';
import { usageError, type CliCommand, type CliOutcome } from './io.ts';

/** Fields a template does not show may be left out; each is then empty. */
const managerInputSchema = z.object({
  department: z.string().max(100).default(''),
  name: z.string().min(1).max(50),
  title: z.string().max(50).default(''),
  idNumber: z.string().max(30).default(''),
  mobile: z.string().max(30).default(''),
  landline: z.string().max(30).default(''),
});

const managersInputSchema = z.object({
  unit: unitSchema,
  responsible: z.string().max(50).default(''),
  leadOffice: z.string().max(100).optional(),
  industry: z.enum(industries).optional(),
  region: z.string().max(100).optional(),
  managers: z.array(managerInputSchema).max(500),
});

const usage = usageError(
  '用法：ce export managers --template shandong|fujian <input.json> --out <文件.xlsx> 或 ce export roster --rulebook <规则集> --year <年份> <input.json> --out <文件.xlsx>',
  'usage: ce export managers --template shandong|fujian <input.json> --out <file.xlsx> | ce export roster --rulebook <id> --year <yyyy> [--id-number masked|full] <input.json> --out <file.xlsx>',
);

function outOption(
  parsed: ParsedArgs,
): { ok: true; value: string } | { ok: false; outcome: CliOutcome } {
  const out = parsed.options.get('out');
  if (out === undefined)
    return {
      ok: false,
      outcome: usageError('缺少 --out（输出的 .xlsx 文件）', 'missing --out <file.xlsx>'),
    };
  if (!out.toLowerCase().endsWith('.xlsx')) {
    return {
      ok: false,
      outcome: usageError(`输出文件 ${out} 应以 .xlsx 结尾`, `--out ${out} must end in .xlsx`),
    };
  }
  return { ok: true, value: out };
}

async function save(path: string, bytes: Uint8Array, what: string): Promise<CliOutcome> {
  try {
    await writeFile(path, bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      exitCode: 1,
      stderr: `错误：无法写入 ${path}\nerror: cannot write ${path}: ${reason}\n`,
    };
  }
  return { exitCode: 0, stdout: `已导出${what}：${path}（${bytes.byteLength} 字节）\n` };
}

async function exportManagers(args: readonly string[]): Promise<CliOutcome> {
  const parsed = parseOptions(args, ['template', 'out']);
  if (!parsed.ok) return parsed.outcome;
  const template = parsed.value.options.get('template');
  if (template === undefined || !(managerTemplates as readonly string[]).includes(template)) {
    return usageError(
      `--template 应为 ${managerTemplates.join(' 或 ')}`,
      `--template must be one of ${managerTemplates.join(', ')}`,
    );
  }
  const out = outOption(parsed.value);
  if (!out.ok) return out.outcome;
  const file = singleFile(parsed.value);
  if (!file.ok) return file.outcome;
  const input = await readJsonObject(file.value);
  if (!input.ok) return input.outcome;
  const document = parseDocument(managersInputSchema, input.value, file.value);
  if (!document.ok) return usageError(document.error.message, document.error.detail ?? '');
  const { leadOffice, industry, region, ...rest } = document.value;
  const filing: ManagersFiling = {
    ...rest,
    ...(leadOffice === undefined ? {} : { leadOffice }),
    ...(industry === undefined ? {} : { industry }),
    ...(region === undefined ? {} : { region }),
  };
  const problems = validateFiling(filing, template as ManagerTemplate);
  if (problems.length > 0) {
    const where = (p: (typeof problems)[number]): string =>
      p.index < 0 ? p.field : `managers[${p.index}].${p.field}`;
    return usageError(
      problems.map((p) => `${where(p)}：${p.message}`).join('；'),
      problems.map((p) => `${where(p)} is invalid`).join('; '),
    );
  }
  const bytes = await buildManagers(template as ManagerTemplate, filing);
  return save(out.value, bytes, '管理人员信息表');
}

async function exportRoster(args: readonly string[]): Promise<CliOutcome> {
  const parsed = parseOptions(args, ['rulebook', 'year', 'out', 'id-number']);
  if (!parsed.ok) return parsed.outcome;
  const rulebook = rulebookOption(parsed.value);
  if (!rulebook.ok) return rulebook.outcome;
  const year = yearOption(parsed.value);
  if (!year.ok) return year.outcome;
  const idMode = parsed.value.options.get('id-number') ?? 'masked';
  if (idMode !== 'masked' && idMode !== 'full') {
    return usageError('--id-number 应为 masked 或 full', '--id-number must be masked or full');
  }
  const out = outOption(parsed.value);
  if (!out.ok) return out.outcome;
  const file = singleFile(parsed.value);
  if (!file.ok) return file.outcome;
  const input = await readJsonObject(file.value);
  if (!input.ok) return input.outcome;
  const unit = parseDocument(unitSchema, input.value.unit, 'unit');
  if (!unit.ok) return usageError(unit.error.message, unit.error.detail ?? '');
  const staff = documentsOf(input.value, 'staff', staffSchema);
  if (!staff.ok) return staff.outcome;
  const claims = documentsOf(input.value, 'claims', claimSchema);
  if (!claims.ok) return claims.outcome;
  const bank = new Map(
    yearBank(rulebook.value, year.value, staff.value, claims.value).map((row) => [
      row.staffId,
      row,
    ]),
  );
  const people: RosterPerson[] = [];
  for (const person of staff.value) {
    const row = bank.get(person.id);
    if (row !== undefined) people.push({ staff: person, hours: row });
  }
  const bytes = await buildRoster({
    unit: unit.value,
    year: year.value,
    people,
    isFullIdNumber: idMode === 'full',
  });
  return save(out.value, bytes, `${year.value} 年度继续教育完成情况表`);
}

/** `ce export managers|roster …`: the sheets of ../shared/domain/sheets.md, headless. */
export const run: CliCommand = async (args) => {
  const [what, ...rest] = args;
  switch (what) {
    case 'managers':
      return exportManagers(rest);
    case 'roster':
      return exportRoster(rest);
    default:
      return usage;
  }
};
