import { describe, expect, it } from 'vitest';
import type { EvidencePrefetchState } from '../../data/sync/evidence-prefetch.ts';
import { evidenceProgressText } from './evidence-progress-text.ts';

const state = (change: Partial<EvidencePrefetchState>): EvidencePrefetchState => ({
  phase: 'done',
  fetched: 0,
  total: 0,
  refused: 0,
  bytes: 0,
  budget: 1024 ** 3,
  problem: null,
  ...change,
});

describe('evidenceProgressText', () => {
  it('says a round with nothing new to fetch needed no files, not 0 / 0', () => {
    expect(evidenceProgressText(state({}))).toBe(
      '待审申报的证明材料已下载到本机，没有需要新下载的文件。',
    );
  });

  it('counts the files of a round and the ones refused', () => {
    expect(evidenceProgressText(state({ fetched: 1200, total: 1203, refused: 3 }))).toBe(
      '待审申报的证明材料已下载到本机（本轮 1,200 / 1,203 个文件）；3 个文件与申报所附不一致，未保存。',
    );
  });

  it('says why a round stopped, and where it stopped', () => {
    expect(
      evidenceProgressText(state({ phase: 'full', fetched: 5, total: 9, problem: '磁盘已满' })),
    ).toBe('下载暂停：磁盘已满（本轮 5 / 9 个文件）');
  });
});
