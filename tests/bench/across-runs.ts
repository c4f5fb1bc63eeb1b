import { readFileSync } from 'node:fs';
import { median, type Sampled } from './node-figures.ts';

/** What a run's file says of the run itself, not a figure. */
const aboutTheRun = new Set(['date', 'machine', 'staff', 'claims', 'runs']);

/**
 * The figures of several runs of `npm run bench -- --json <file>` as one table: each figure's
 * median over the runs (of each run's own median), its spread over the runs, and whether it met
 * its target in every run: a target missed in some runs is missed.
 */
export function acrossRuns(
  files: readonly string[],
  targets: Readonly<Record<string, readonly [number, string]>>,
  log: (line: string) => void,
): void {
  const runs = files.map(
    (file) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>,
  );
  const names = [...new Set(runs.flatMap((run) => Object.keys(run)))].filter(
    (name) => !aboutTheRun.has(name) && runs.some((run) => valueOf(run[name]) !== undefined),
  );
  const shown = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(3));
  log(
    `| figure | median of ${String(runs.length)} runs | spread | target | met |\n|---|---|---|---|---|`,
  );
  for (const name of names) {
    const values = runs.flatMap((run) => {
      const value = valueOf(run[name]);
      return value === undefined ? [] : [value];
    });
    const target = targets[name];
    const met =
      target === undefined ? '' : values.every((value) => value < target[0]) ? 'yes' : 'NO';
    const spread = `${shown(Math.min(...values))}–${shown(Math.max(...values))} (${String(values.length)})`;
    log(`| ${name} | ${shown(median(values))} | ${spread} | ${target?.[1] ?? ''} | ${met} |`);
  }
}

function valueOf(figure: unknown): number | undefined {
  if (typeof figure === 'number') return figure;
  const sampled = figure as Partial<Sampled> | null;
  return typeof sampled === 'object' && sampled !== null && typeof sampled.median === 'number'
    ? sampled.median
    : undefined;
}
