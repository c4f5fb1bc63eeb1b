import { usageError, type CliCommand, type CliOutcome } from './io.ts';

const commands: Record<string, () => Promise<CliCommand>> = {
  evaluate: async () => (await import('./evaluate.ts')).run,
  bank: async () => (await import('./bank.ts')).run,
  export: async () => (await import('./export.ts')).run,
  'filing-check': async () => (await import('./filing-check.ts')).run,
  'evidence-check': async () => (await import('./evidence-check.ts')).run,
};

const usage = usageError(
  '用法：ce evaluate|bank|export|filing-check|evidence-check …',
  'usage: ce evaluate --rulebook <id> <file.json> | bank --rulebook <id> --year <yyyy> <file.json> | export managers|roster … | filing-check --rulebook <id> --filed <YYYY-MM-DD> --start <YYYY-MM-DD> [--json] | evidence-check --claim <claim.json> --staff <staff.json> <file> --json',
);

async function main(argv: readonly string[]): Promise<CliOutcome> {
  const [name, ...rest] = argv;
  const load = name === undefined ? undefined : commands[name];
  if (load === undefined) return usage;
  const command = await load();
  return command(rest);
}

const outcome = await main(process.argv.slice(2));
if (outcome.stdout !== undefined) process.stdout.write(outcome.stdout);
if (outcome.stderr !== undefined) process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
