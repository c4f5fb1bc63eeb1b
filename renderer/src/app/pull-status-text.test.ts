import { describe, expect, it } from 'vitest';
import { idlePull } from '../data/sync/pull/background-pull.ts';
import { pullStatusText } from './pull-status-text.ts';

const running = { ...idlePull, phase: 'running' as const, isFirstLoad: true };

describe('pullStatusText', () => {
  it('says how many came, how far and how long still', () => {
    expect(pullStatusText({ ...running, received: 12_000, percent: 40, secondsLeft: 30 })).toBe(
      '正在下载本单位的数据：已收到 12,000 条，约 40%，还需约 30 秒。已到的申报可以先审核。',
    );
  });

  it('gives the count alone while the estimate says nothing, never 约 0%', () => {
    expect(pullStatusText({ ...running, isFirstLoad: false, received: 1800 })).toBe(
      '正在更新本单位的数据：已收到 1,800 条。已到的申报可以先审核。',
    );
  });
});
