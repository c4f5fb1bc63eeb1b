import { describe, expect, it } from 'vitest';
import { parseSettings } from './settings-file.ts';

describe('parseSettings', () => {
  it('reads the update mirror when the file holds one', () => {
    expect(parseSettings('{"updateFeedUrl":"https://m.example.cn/u/"}')).toEqual({
      updateFeedUrl: 'https://m.example.cn/u/',
    });
  });

  it('falls back to the defaults when the file is missing, damaged or of another shape', () => {
    expect(parseSettings(null)).toEqual({ updateFeedUrl: null });
    expect(parseSettings('{"updateFeedUrl":')).toEqual({ updateFeedUrl: null });
    expect(parseSettings('{"updateFeedUrl":42}')).toEqual({ updateFeedUrl: null });
    expect(parseSettings('[]')).toEqual({ updateFeedUrl: null });
  });
});
