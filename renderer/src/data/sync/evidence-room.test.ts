import { describe, expect, it } from 'vitest';
import { planRoom, type RoomFile } from './evidence-room.ts';

const file = (
  id: string,
  size: number,
  use: RoomFile['use'],
  fetchedAt = '2026-11-30T01:00',
): RoomFile => ({
  id,
  size,
  use,
  fetchedAt,
});

describe('planRoom', () => {
  it('removes nothing while the new file fits', () => {
    expect(planRoom([file('a', 40, { kind: 'settled' })], 100, { size: 60, rank: 3 })).toEqual([]);
  });

  it('frees room with the files of settled claims first, the oldest first', () => {
    const kept = [
      file('ahead', 30, { kind: 'ahead', rank: 9 }),
      file('new', 30, { kind: 'settled' }, '2026-11-30T03:00'),
      file('old', 30, { kind: 'settled' }, '2026-11-30T02:00'),
    ];
    expect(planRoom(kept, 100, { size: 30, rank: 1 })).toEqual(['old']);
  });

  it('then takes the files furthest down the list, never one nearer than the new file', () => {
    const kept = [
      file('near', 40, { kind: 'ahead', rank: 1 }),
      file('far', 40, { kind: 'ahead', rank: 8 }),
      file('farther', 10, { kind: 'ahead', rank: 9 }),
    ];
    expect(planRoom(kept, 100, { size: 40, rank: 5 })).toEqual(['farther', 'far']);
    expect(planRoom(kept, 100, { size: 40, rank: 9 })).toBeNull();
  });

  it('keeps the files of claims decided here and not yet synced', () => {
    const kept = [file('waiting', 90, { kind: 'waiting' })];
    expect(planRoom(kept, 100, { size: 20, rank: -1 })).toBeNull();
  });
});
