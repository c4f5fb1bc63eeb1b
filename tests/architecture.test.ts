import { rmSync, writeFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

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
