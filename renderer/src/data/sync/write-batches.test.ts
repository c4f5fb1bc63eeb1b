import { describe, expect, it } from 'vitest';
import { createWriteBatches } from './write-batches.ts';

describe('createWriteBatches', () => {
  it('writes the first item at once and what came meanwhile together, each caller its answer', async () => {
    const batches: number[][] = [];
    let release: () => void = () => {};
    const write = async (items: readonly number[]) => {
      batches.push([...items]);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return items.map((n) => n * 10);
    };
    const keep = createWriteBatches(write);
    const first = keep(1);
    const rest = [keep(2), keep(3), keep(4)];
    release();
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
    // After the batches ran dry, a new item starts a write of its own.
    expect(await keep(5)).toBe(50);
    expect(batches).toEqual([[1], [2, 3, 4], [5]]);
  });

  it('gives a failed write to every caller of that batch, and goes on with the next', async () => {
    let calls = 0;
    const keep = createWriteBatches(async (items: readonly string[]) => {
      calls += 1;
      await Promise.resolve();
      if (calls === 1) throw new Error('disk full');
      return items.map((item) => `kept ${item}`);
    });
    const failed = keep('a');
    const later = keep('b');
    await expect(failed).rejects.toThrow('disk full');
    expect(await later).toBe('kept b');
  });
});
