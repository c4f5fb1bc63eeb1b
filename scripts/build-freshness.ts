import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The newest modification time under `root` (a file or a folder), node_modules left out. */
function newestUnder(root: string): number {
  if (!existsSync(root)) return 0;
  const stat = statSync(root);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    newest = Math.max(newest, newestUnder(path.join(root, entry.name)));
  }
  return newest;
}

/**
 * Whether the built app is missing or older than any of its sources. `npm start` builds only
 * then: a checkout that pulled new code must not serve the build of the old one, and an
 * unchanged one starts without the build's half minute.
 */
export function isBuildStale(outputs: readonly string[], sources: readonly string[]): boolean {
  if (!outputs.every((output) => existsSync(output))) return true;
  const built = Math.min(...outputs.map((output) => statSync(output).mtimeMs));
  return sources.some((source) => newestUnder(source) > built);
}
