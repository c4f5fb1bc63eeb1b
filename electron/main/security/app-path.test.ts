import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile } from './app-path.ts';

const root = path.resolve('/opt/app/renderer');

describe('resolveAppFile', () => {
  it('serves index.html when the root is asked for', () => {
    expect(resolveAppFile(root, 'app://reviewer/')).toBe(path.join(root, 'index.html'));
  });

  it('serves a file inside the renderer folder', () => {
    expect(resolveAppFile(root, 'app://reviewer/assets/index.js')).toBe(
      path.join(root, 'assets', 'index.js'),
    );
  });

  it('never leaves the folder when the path climbs with dots or encoded separators', () => {
    const climbs = [
      'app://reviewer/../../etc/passwd',
      'app://reviewer/%2e%2e/%2e%2e/etc/passwd',
      'app://reviewer/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd',
      'app://reviewer/assets%5c..%5c..%5csecret',
    ];
    for (const url of climbs) {
      const resolved = resolveAppFile(root, url);
      expect(resolved === null || resolved.startsWith(root + path.sep), url).toBe(true);
    }
    expect(
      resolveAppFile(root, 'app://reviewer/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd'),
    ).toBeNull();
  });

  it('refuses a URL of another origin', () => {
    expect(resolveAppFile(root, 'https://example.com/index.html')).toBeNull();
  });

  it('refuses malformed escapes', () => {
    expect(resolveAppFile(root, 'app://reviewer/%E0%A4%A')).toBeNull();
  });
});
