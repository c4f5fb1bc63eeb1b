import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBuildStale } from './build-freshness.ts';

function tree(): { root: string; at: (file: string, secondsAgo: number) => string } {
  const root = mkdtempSync(path.join(tmpdir(), 'build-freshness-'));
  const at = (file: string, secondsAgo: number) => {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, '');
    const when = Date.now() / 1000 - secondsAgo;
    utimesSync(full, when, when);
    return full;
  };
  return { root, at };
}

describe('isBuildStale', () => {
  it('builds when an output is missing', () => {
    const { root, at } = tree();
    at('src/a.ts', 100);
    expect(isBuildStale([path.join(root, 'dist/index.html')], [path.join(root, 'src')])).toBe(true);
  });

  it('builds when a source deep in a folder is newer than the build, as after a git pull', () => {
    const { root, at } = tree();
    const output = at('dist/index.html', 50);
    at('src/a.ts', 100);
    at('src/features/inbox/b.tsx', 10);
    expect(isBuildStale([output], [path.join(root, 'src')])).toBe(true);
  });

  it('starts on the build when every source is older, node_modules left out', () => {
    const { root, at } = tree();
    const output = at('dist/index.html', 50);
    at('src/a.ts', 100);
    at('src/node_modules/x/index.js', 10);
    const config = at('vite.config.ts', 200);
    expect(isBuildStale([output], [path.join(root, 'src'), config])).toBe(false);
  });
});
