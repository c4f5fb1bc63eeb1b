import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import {
  importCycles,
  importGraph,
  longFileLines,
  sourceFiles,
  unexplainedLongFiles,
} from './import-graph.ts';

// A probe file inside shared/, linted and compiled with the project's own settings.
const probe = 'shared/zz-architecture-probe.ts';

afterAll(() => rmSync(probe, { force: true }));

async function lintProbe(source: string): Promise<string[]> {
  writeFileSync(probe, source);
  const [result] = await new ESLint().lintFiles([probe]);
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`);
}

function compileProbe(source: string): string[] {
  writeFileSync(probe, source);
  const config = ts.getParsedCommandLineOfConfigFile(
    'shared/tsconfig.json',
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (config === undefined) throw new Error('shared/tsconfig.json unreadable');
  const program = ts.createProgram([probe], {
    ...config.options,
    noEmit: true,
    composite: false,
    declaration: false,
    emitDeclarationOnly: false,
  });
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(probe))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('shared/ stays pure domain code', () => {
  it('refuses React, RxDB, Dexie, Electron and Node imports when linted', async () => {
    for (const module of ['react', 'rxdb', 'dexie', 'electron', 'node:fs', 'fs']) {
      const messages = await lintProbe(`import * as m from '${module}';\nexport const x = m;\n`);
      expect(
        messages.some((m) => m.startsWith('no-restricted-imports')),
        module,
      ).toBe(true);
    }
  }, 60_000);

  it('refuses DOM and Node globals when compiled', () => {
    expect(compileProbe('export const d = document.title;\n').join('\n')).toMatch(/document/);
    expect(compileProbe('export const p = process.env;\n').join('\n')).toMatch(/process/);
    expect(compileProbe('export const w = typeof window;\n').join('\n')).toMatch(/window/);
  });

  it('accepts plain domain code', async () => {
    expect(compileProbe('export const hours = [1, 2].map((n) => n * 2);\n')).toEqual([]);
    expect(await lintProbe('export const hours = [1, 2].map((n) => n * 2);\n')).toEqual([]);
  }, 60_000);
});

describe('renderer/ layers (renderer/lint/zones.js)', () => {
  // Planted files, linted with the project's own settings, then removed.
  const probes = {
    feature: 'renderer/src/features/inbox/zz-architecture-probe.ts',
    ui: 'renderer/src/ui/zz-architecture-probe.ts',
    data: 'renderer/src/data/zz-architecture-probe.ts',
  } as const;
  afterAll(() => {
    for (const file of Object.values(probes)) rmSync(file, { force: true });
  });

  /** The lines on which the layers rule reports, per planted file. */
  async function zoneErrors(sources: Record<keyof typeof probes, string>) {
    for (const [place, file] of Object.entries(probes)) {
      writeFileSync(file, sources[place as keyof typeof probes]);
    }
    const results = await new ESLint().lintFiles(Object.values(probes));
    return Object.fromEntries(
      results.map((result) => [
        path.relative(process.cwd(), result.filePath),
        result.messages.filter((m) => m.ruleId === 'zones/layers').map((m) => m.line),
      ]),
    );
  }

  it('refuses feature-to-feature, feature-to-app, RxDB in screens, and upward imports', async () => {
    const errors = await zoneErrors({
      feature: [
        "import { filterStaff } from '../staff/staff-directory.ts';",
        "import { pages } from '../../app/pages.tsx';",
        "import { createRxDatabase } from 'rxdb';",
        "import { databaseName } from '../../data/db/database.ts';",
        "import type { ReviewerDatabase } from '../../data/db/database.ts';",
        "import { formatHours } from '../../ui/format.ts';",
        "import { isDecided } from './../../data/review/inbox-rows.ts';",
        'export type Db = ReviewerDatabase;',
        'export const probe = [filterStaff, pages, createRxDatabase, databaseName, formatHours, isDecided];',
        '',
      ].join('\n'),
      ui: [
        "import { yearStats } from '../features/stats/year-stats.ts';",
        "import Dexie from 'dexie';",
        'export const probe = [yearStats, Dexie];',
        '',
      ].join('\n'),
      data: [
        "import { formatHours } from '../ui/format.ts';",
        "import { pages } from '../app/pages.tsx';",
        'export const probe = [formatHours, pages];',
        '',
      ].join('\n'),
    });
    expect(errors).toEqual({
      [probes.feature]: [1, 2, 3, 4],
      [probes.ui]: [1, 2],
      [probes.data]: [1, 2],
    });
  }, 180_000);
});

describe('import graph', () => {
  it('has no cycle in renderer/src and shared/', () => {
    const files = [...sourceFiles('renderer/src'), ...sourceFiles('shared')].map((file) =>
      path.resolve(file),
    );
    const cycles = importCycles(importGraph(files, process.cwd()));
    expect(cycles.map((cycle) => cycle.map((file) => path.relative(process.cwd(), file)))).toEqual(
      [],
    );
  });

  it('finds a planted cycle, type-only and alias imports included', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'ce-cycle-'));
    try {
      mkdirSync(path.join(root, 'shared'));
      writeFileSync(path.join(root, 'a.ts'), "import { b } from './b.ts';\nexport const a = b;\n");
      writeFileSync(
        path.join(root, 'b.ts'),
        "import type { A } from './c.ts';\nexport const b = 1;\n",
      );
      writeFileSync(path.join(root, 'c.ts'), "import '#shared/d.ts';\nexport type A = 1;\n");
      writeFileSync(
        path.join(root, 'shared', 'd.ts'),
        "import { a } from '../a.ts';\nexport { a };\n",
      );
      writeFileSync(path.join(root, 'e.ts'), "import { a } from './a.ts';\nexport const e = a;\n");
      const files = [...sourceFiles(root)];
      const cycles = importCycles(importGraph(files, root));
      expect(cycles.map((cycle) => cycle.map((file) => path.relative(root, file)))).toEqual([
        ['a.ts', 'b.ts', 'c.ts', path.join('shared', 'd.ts')],
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('file length', () => {
  const renderFiles = () =>
    readdirSync('renderer/src', { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(tsx?|css)$/.test(entry.name))
      .map((entry) => {
        const name = path.join(entry.parentPath, entry.name);
        return { name, text: readFileSync(name, 'utf8') };
      });

  it('keeps every renderer file to 250 lines, or says why', () => {
    expect(unexplainedLongFiles(renderFiles())).toEqual([]);
  });

  it('keeps every file of the domain, server, CLI and shell to 250 lines, or says why', () => {
    const appFiles = ['shared', 'provincial-api', 'cli', 'electron', 'scripts'].flatMap((root) =>
      readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && /(?<!\.test)\.tsx?$/.test(entry.name))
        .map((entry) => {
          const name = path.join(entry.parentPath, entry.name);
          return { name, text: readFileSync(name, 'utf8') };
        }),
    );
    expect(appFiles.length).toBeGreaterThan(100);
    expect(unexplainedLongFiles(appFiles)).toEqual([]);
  });

  it('flags a long file without its reason, and passes one with it', () => {
    const long = 'export const x = 1;\n'.repeat(longFileLines + 1);
    expect(
      unexplainedLongFiles([
        { name: 'long.ts', text: long },
        { name: 'explained.ts', text: `// Over 250 lines: one table of cases.\n${long}` },
        { name: 'short.ts', text: 'export const x = 1;\n'.repeat(longFileLines) },
      ]),
    ).toEqual(['long.ts']);
  });
});
