import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from './seeded-random.ts';

describe('createRandom', () => {
  it('gives the published mulberry32 sequence when seeded with 1', () => {
    const random = createRandom(1);
    expect([random.next(), random.next(), random.next()]).toEqual([
      0.6270739405881613, 0.002735721180215478, 0.5274470399599522,
    ]);
  });

  it('replays the same numbers when given the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = createRandom(seed);
        const b = createRandom(seed);
        const draws = (r: typeof a): number[] => [r.next(), r.int(1, 6), r.next()];
        expect(draws(a)).toEqual(draws(b));
      }),
    );
  });

  it('keeps int within both bounds and pick within the list when drawing many times', () => {
    const random = createRandom(20261121);
    for (let i = 0; i < 1000; i += 1) {
      const n = random.int(3, 5);
      expect([3, 4, 5]).toContain(n);
      expect(['a', 'b']).toContain(random.pick(['a', 'b']));
    }
  });

  it('throws when asked to pick from an empty list, which is a bug in the caller', () => {
    expect(() => createRandom(1).pick([])).toThrow('pick from an empty list');
  });
});
