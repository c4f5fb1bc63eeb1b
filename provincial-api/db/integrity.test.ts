import { describe, expect, it } from 'vitest';
import { chinaDateOf, integrityUntil } from './integrity.ts';

describe('integrityUntil', () => {
  it('counts 3 years from the day in China Standard Time, which may be the next UTC day', () => {
    expect(
      ['2025-06-03T15:59:59.999Z', '2025-06-03T16:00:00.000Z', '2025-12-31T16:30:00.000Z'].map(
        (t) => integrityUntil(Date.parse(t)),
      ),
    ).toEqual(['2028-06-03', '2028-06-04', '2029-01-01']);
  });

  it('ends a record made on 29 February on 28 February three years on', () => {
    expect(integrityUntil(Date.parse('2028-02-29T02:00:00.000Z'))).toBe('2031-02-28');
  });
});

describe('chinaDateOf', () => {
  it('answers the date in UTC+8 of an instant', () => {
    expect(chinaDateOf(Date.parse('2026-09-30T16:00:00.000Z'))).toBe('2026-10-01');
    expect(chinaDateOf(Date.parse('2026-09-30T15:59:59.999Z'))).toBe('2026-09-30');
  });
});
