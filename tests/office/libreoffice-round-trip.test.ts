import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildDecisionLog } from '../../shared/sheets/export-decisions.ts';
import { buildFujianManagers, buildShandongManagers } from '../../shared/sheets/export-managers.ts';
import { buildAttendanceList, buildSignInSheet } from '../../shared/sheets/export-project.ts';
import { buildRoster } from '../../shared/sheets/export-roster.ts';
import type { SheetKind } from '../../shared/sheets/file-name.ts';
import {
  fakeStaff,
  testDecisionRows,
  testManagers,
  testProject,
  testUnit,
} from '../../shared/sheets/test-data.ts';
import { readBack, type ReadBook, type ReadCell } from '../../shared/sheets/xlsx/read-back.ts';
import { xlsxParts } from '../../shared/sheets/xlsx/read-parts.ts';

/**
 * Every export of shared/sheets opened by a real office suite: LibreOffice headless loads each
 * file and saves it again as its own .xlsx; what it read must be what we wrote, cell by cell,
 * on every sheet (text stays text, `=1+1` included; numbers and dates keep their values).
 * Debian: `apt-get install -y --no-install-recommends libreoffice-calc-nogui`.
 */

function installed(program: string): string | null {
  try {
    return execFileSync('which', [program], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const soffice = installed('soffice');
const pdftotext = installed('pdftotext');
if (soffice === null) {
  console.log(
    'SKIPPED: LibreOffice round trip of the exported sheets — soffice is not installed on this ' +
      'machine; install it with `apt-get install -y --no-install-recommends libreoffice-calc-nogui`.',
  );
} else if (pdftotext === null) {
  console.log(
    'SKIPPED: printed exports checked for ### — pdftotext is not installed on this machine; ' +
      'install it with `apt-get install -y poppler-utils`.',
  );
}

/** Has LibreOffice convert every file to `format` into `out`, with a profile of its own. */
async function convert(files: readonly string[], format: string, out: string): Promise<void> {
  // Its own profile, so a run never meets another soffice's lock or settings.
  const profile = pathToFileURL(join(out, '..', 'profile')).href;
  await promisify(execFile)(
    soffice ?? 'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      format,
      '--outdir',
      out,
      ...files,
    ],
    { timeout: 180_000 },
  );
}

/** Writes every export into a fresh folder; returns the folder and each export's bytes. */
async function writeExports(): Promise<{ dir: string; written: Map<string, Uint8Array> }> {
  const dir = await mkdtemp(join(tmpdir(), 'ce-office-'));
  const written = new Map<string, Uint8Array>();
  for (const [name, build] of Object.entries(exports)) {
    const bytes = await build();
    written.set(name, bytes);
    await writeFile(join(dir, `${name}.xlsx`), bytes);
  }
  return { dir, written };
}

const now = new Date('2025-12-31T01:30:00.000Z');
const managers = [...testManagers];

/**
 * Each export, built with values that test the reader: formula-like text, IDs, hours, dates.
 * Keyed by the app's own list of sheets, so a new export cannot be left out of the round trip.
 */
const exports: Readonly<Record<SheetKind, () => Promise<Uint8Array>>> = {
  roster: () =>
    buildRoster({
      unit: testUnit,
      year: 2025,
      now,
      isFullIdNumber: true,
      people: [
        {
          staff: fakeStaff(1, { department: '内科' }),
          hours: { public: 30, professional: 62.5, total: 92.5, met: true },
        },
        {
          staff: fakeStaff(2, { name: '=1+1' }),
          hours: { public: 12.3, professional: 20, total: 32.3, met: false },
        },
        // Enough people that the totals are wider than any one person's hours.
        ...Array.from({ length: 40 }, (_, n) => ({
          staff: fakeStaff(10 + n),
          hours: { public: 30, professional: 64.5, total: 94.5, met: true },
        })),
      ],
    }),
  shandongManagers: () =>
    buildShandongManagers({ unit: testUnit, responsible: '张主任', managers }, now),
  fujianManagers: () =>
    buildFujianManagers({ unit: testUnit, responsible: '', leadOffice: '人事处', managers }, now),
  decisions: () =>
    buildDecisionLog({
      unit: testUnit,
      period: { from: '2025-01-01', to: '2025-12-31' },
      now,
      rows: testDecisionRows,
    }),
  signIn: () =>
    buildSignInSheet({
      unit: testUnit,
      project: testProject,
      people: [
        { name: '=1+1', department: '内科' },
        ...Array.from({ length: 30 }, (_, n) => ({
          name: fakeStaff(20 + n).name,
          department: n % 2 === 0 ? '外科' : '护理部',
        })),
      ],
      now,
    }),
  attendance: () =>
    buildAttendanceList({
      unit: testUnit,
      project: testProject,
      rows: [
        { name: '=1+1', department: '内科', hours: 7.5, status: '待审核' },
        { name: fakeStaff(3).name, department: '外科', hours: 16, status: '单位已审核' },
      ],
      now,
    }),
};

/** What a sheet says, in a form two readings of two files can be compared by. */
function contents(book: ReadBook) {
  return book.sheetNames.map((name) => {
    const sheet = book.sheets[name];
    const cells = [...(sheet?.cells ?? new Map<string, ReadCell>())]
      .map(([address, cell]) => [address, cell.t, cell.v] as const)
      .sort(([a], [b]) => a.localeCompare(b));
    return { name, cells, merges: [...(sheet?.merges ?? [])].sort() };
  });
}

describe.skipIf(soffice === null)('exports opened by LibreOffice', () => {
  it('reads back every cell of every sheet as written, after LibreOffice loads and saves each export', async () => {
    const { dir, written } = await writeExports();
    const out = join(dir, 'converted');
    await convert(
      [...written.keys()].map((name) => join(dir, `${name}.xlsx`)),
      'xlsx:Calc MS Excel 2007 XML',
      out,
    );
    for (const [name, bytes] of written) {
      const converted = await readFile(join(out, `${name}.xlsx`));
      // The file read back is LibreOffice's own, not ours passed through.
      expect(xlsxParts(converted)['docProps/app.xml'], name).toContain('<Application>LibreOffice');
      const original = contents(await readBack(bytes));
      expect(original.flatMap((sheet) => sheet.cells).length, name).toBeGreaterThan(10);
      expect(contents(await readBack(converted)), name).toEqual(original);
    }
  }, 240_000);

  it.skipIf(pdftotext === null)(
    'prints every export without ### where a value would not fit its column',
    async () => {
      const { dir, written } = await writeExports();
      const out = join(dir, 'printed');
      await convert(
        [...written.keys()].map((name) => join(dir, `${name}.xlsx`)),
        'pdf',
        out,
      );
      for (const name of written.keys()) {
        const { stdout } = await promisify(execFile)(pdftotext ?? 'pdftotext', [
          '-layout',
          join(out, `${name}.pdf`),
          '-',
        ]);
        expect(stdout, name).toContain(testUnit.name);
        expect(stdout, name).not.toContain('###');
      }
    },
    240_000,
  );
});
