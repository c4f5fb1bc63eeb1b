import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Lock {
  readonly packages: Record<string, { readonly dev?: boolean }>;
}

/** Packages the app gave up (issue 18): SheetJS's npm `xlsx` has open advisories and no fixed
 * release; `stdnum` was 210 KB for one check digit (shared/sheets/id-number.ts does it). */
const retired = ['xlsx', 'stdnum'];

describe('the dependency tree', () => {
  it('holds neither xlsx nor stdnum, directly or through another package', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    const declared = ['dependencies', 'devDependencies', 'optionalDependencies'].flatMap((field) =>
      Object.keys(manifest[field] ?? {}),
    );
    expect(declared.filter((name) => retired.includes(name))).toEqual([]);

    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;
    const installed = Object.keys(lock.packages).map((path) => path.split('node_modules/').at(-1));
    expect(installed.filter((name) => name !== undefined && retired.includes(name))).toEqual([]);
    // The check reads the tree it means to: the lock lists the packages that are used instead.
    expect(installed).toEqual(expect.arrayContaining(['fflate', 'exceljs', 'axe-core']));
  });
});
