import { claimSchema, staffSchema } from '../shared/contract/index.ts';
import { yearBank } from '../shared/bank/year-bank.ts';
import { parseOptions, rulebookOption, singleFile, yearOption } from './args.ts';
import { documentsOf, readJsonObject } from './input-file.ts';
import type { CliCommand } from './io.ts';

/** `ce bank --rulebook <id> --year <yyyy> <file.json>`: one row per active staff member. */
export const run: CliCommand = async (args) => {
  const parsed = parseOptions(args, ['rulebook', 'year']);
  if (!parsed.ok) return parsed.outcome;
  const rulebook = rulebookOption(parsed.value);
  if (!rulebook.ok) return rulebook.outcome;
  const year = yearOption(parsed.value);
  if (!year.ok) return year.outcome;
  const file = singleFile(parsed.value);
  if (!file.ok) return file.outcome;
  const input = await readJsonObject(file.value);
  if (!input.ok) return input.outcome;
  const staff = documentsOf(input.value, 'staff', staffSchema);
  if (!staff.ok) return staff.outcome;
  const claims = documentsOf(input.value, 'claims', claimSchema);
  if (!claims.ok) return claims.outcome;
  const bank = yearBank(rulebook.value, year.value, staff.value, claims.value);
  return { exitCode: 0, stdout: `${JSON.stringify({ bank }, null, 2)}\n` };
};
