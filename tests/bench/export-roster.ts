import { performance } from 'node:perf_hooks';
import { buildRoster, type RosterPerson } from '../../shared/sheets/export-roster.ts';
import { fakeStaff, testUnit } from '../../shared/sheets/test-data.ts';

/**
 * Times a 20,000-person roster from plain data to .xlsx bytes (both sheets, styles, zip): the
 * issue asks for under 3 s here. Prints `export_roster_s=<seconds>`.
 */
export async function benchExportRoster(
  size = 20_000,
): Promise<{ seconds: number; cpuSeconds: number; bytes: number }> {
  const people: RosterPerson[] = Array.from({ length: size }, (_, n) => {
    const isMet = n % 4 !== 0;
    const hours = isMet
      ? { public: 30, professional: 64.5, total: 94.5, met: true }
      : { public: 12.5, professional: 40, total: 52.5, met: false };
    return { staff: fakeStaff(n), hours };
  });
  const cpu = process.cpuUsage();
  const started = performance.now();
  const bytes = await buildRoster({ unit: testUnit, year: 2025, people });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6, bytes: bytes.byteLength };
}

if (import.meta.main) {
  const { seconds, cpuSeconds, bytes } = await benchExportRoster();
  // CPU time beside wall time: on a shared machine the wall clock also measures the neighbours.
  process.stdout.write(
    `export_roster_s=${seconds.toFixed(3)} cpu_s=${cpuSeconds.toFixed(3)} bytes=${bytes}\n`,
  );
}
