import type { Random } from './random.ts';

/** A version-4 UUID from the seeded generator, so a seed gives the same decisions every time. */
export function seededUuid(r: Random): string {
  const hex = (n: number) =>
    Array.from({ length: n }, () => '0123456789abcdef'[r.int(0, 15)] ?? '0').join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[r.int(0, 3)] ?? '8'}${hex(3)}-${hex(12)}`;
}
