import { claimSchema, staffSchema } from '../shared/contract/index.ts';
import { evaluateAll } from '../shared/rules/evaluate-all.ts';
import { parseOptions, rulebookOption, singleFile } from './args.ts';
import { documentsOf, readJsonObject } from './input-file.ts';
import type { CliCommand } from './io.ts';

/**
 * `ce evaluate --rulebook <id> <file.json>`: one result per submitted claim, in input order. The
 * file holds `claims` and, optionally, the unit's `staff`, whose integrity records (contract 1.1)
 * add the INTEGRITY_RECORD finding.
 */
export const run: CliCommand = async (args) => {
  const parsed = parseOptions(args, ['rulebook']);
  if (!parsed.ok) return parsed.outcome;
  const rulebook = rulebookOption(parsed.value);
  if (!rulebook.ok) return rulebook.outcome;
  const file = singleFile(parsed.value);
  if (!file.ok) return file.outcome;
  const input = await readJsonObject(file.value);
  if (!input.ok) return input.outcome;
  const claims = documentsOf(input.value, 'claims', claimSchema);
  if (!claims.ok) return claims.outcome;
  const staff =
    input.value['staff'] === undefined
      ? { ok: true as const, value: [] }
      : documentsOf(input.value, 'staff', staffSchema);
  if (!staff.ok) return staff.outcome;
  const results = evaluateAll(rulebook.value, claims.value, { staff: staff.value });
  return { exitCode: 0, stdout: `${JSON.stringify({ results }, null, 2)}\n` };
};
