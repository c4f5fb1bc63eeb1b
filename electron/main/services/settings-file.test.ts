import { describe, expect, it } from 'vitest';
import { parseSettings } from './settings-file.ts';

const defaults = { updateFeedUrl: null, allowPlainHttpHost: null };

describe('parseSettings', () => {
  it('reads the update mirror when the file holds one', () => {
    expect(parseSettings('{"updateFeedUrl":"https://m.example.cn/u/"}')).toEqual({
      updateFeedUrl: 'https://m.example.cn/u/',
      allowPlainHttpHost: null,
    });
    expect(parseSettings('{"updateFeedUrl":null,"allowPlainHttpHost":"10.2.3.4:8080"}')).toEqual({
      updateFeedUrl: null,
      allowPlainHttpHost: '10.2.3.4:8080',
    });
  });

  it('falls back to the defaults when the file is missing, damaged or of another shape', () => {
    expect(parseSettings(null)).toEqual(defaults);
    expect(parseSettings('{"updateFeedUrl":')).toEqual(defaults);
    expect(parseSettings('{"updateFeedUrl":42}')).toEqual(defaults);
    expect(parseSettings('[]')).toEqual(defaults);
  });
});
