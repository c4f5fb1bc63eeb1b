import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  logFilesOldestFirst,
  redactLogText,
  redactLogValue,
  rotationRenames,
} from './log-files.ts';

const logPath = path.join('/logs', 'main.log');

describe('rotationRenames', () => {
  it('moves the oldest archive first so none is overwritten before it moved', () => {
    expect(rotationRenames(logPath, 3)).toEqual([
      ['/logs/main.2.log', '/logs/main.3.log'],
      ['/logs/main.1.log', '/logs/main.2.log'],
      ['/logs/main.log', '/logs/main.1.log'],
    ]);
  });
});

describe('logFilesOldestFirst', () => {
  it('lists the archives from the oldest, then the current file', () => {
    expect(logFilesOldestFirst(logPath, 2)).toEqual([
      '/logs/main.2.log',
      '/logs/main.1.log',
      '/logs/main.log',
    ]);
  });
});

describe('redactLogText', () => {
  it('hides personal numbers and the user name in the home folder', () => {
    expect(
      redactLogText('saved /home/zhangsan/文档/名单.xlsx for 37060219800101008X', '/home/zhangsan'),
    ).toBe('saved ~/文档/名单.xlsx for [身份证号]');
  });
});

describe('redactLogValue', () => {
  it('turns an error into its redacted stack text', () => {
    const error = new Error('no staff 13800138000');
    const value = redactLogValue(error, '/home/x');
    expect(typeof value).toBe('string');
    expect(value).toMatch(/^Error: no staff \[电话\]\n/);
  });

  it('serialises an object before redacting it, and leaves numbers as they are', () => {
    expect(redactLogValue({ idNumber: '37060219800101008X', hours: 12.5 }, '/home/x')).toBe(
      '{"idNumber":"[身份证号]","hours":12.5}',
    );
    expect(redactLogValue(12.5, '/home/x')).toBe(12.5);
  });
});
