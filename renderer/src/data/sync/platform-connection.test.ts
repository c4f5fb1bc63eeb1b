import { describe, expect, it } from 'vitest';
import { createPlatformConnection, probeAfterMs, shouldProbe } from './platform-connection.ts';

const at = new Date('2026-11-30T02:00:00.000Z');
const answering = (status: number) => () => Promise.resolve(new Response(null, { status }));
const refusing = () => Promise.reject(new TypeError('Failed to fetch'));

describe('platform connection', () => {
  it('counts any answer of the platform as contact, even a refusal', async () => {
    const connection = createPlatformConnection(null, () => at);
    await connection.tracking(answering(401))('http://p/api/v1/units/U1');
    expect(connection.state$.value).toEqual({
      reach: 'answering',
      lastContactAt: at.toISOString(),
      lastFailure: null,
    });
  });

  it('tells its views of contact at most once a second, and of every change of reach', async () => {
    let clock = at.getTime();
    const connection = createPlatformConnection(null, () => new Date(clock));
    const heard: (string | null)[] = [];
    connection.state$.subscribe((state) => heard.push(`${state.reach} ${state.lastContactAt}`));
    const call = connection.tracking(answering(200));
    for (const step of [0, 300, 300, 500, 100]) {
      clock += step;
      await call('http://p/api/v1/attachments/A1');
    }
    await expect(connection.tracking(refusing)('http://p/')).rejects.toThrow('Failed to fetch');
    clock += 10;
    await call('http://p/');
    expect(heard).toEqual([
      'unknown null',
      'answering 2026-11-30T02:00:00.000Z',
      'answering 2026-11-30T02:00:01.100Z',
      'unreachable 2026-11-30T02:00:01.100Z',
      'answering 2026-11-30T02:00:01.210Z',
    ]);
  });

  it('is unreachable when the call fails on the way or a gateway answers for the platform', async () => {
    const connection = createPlatformConnection('2026-11-30T01:00:00.000Z', () => at);
    await expect(connection.tracking(refusing)('http://p/')).rejects.toThrow('Failed to fetch');
    expect(connection.state$.value).toEqual({
      reach: 'unreachable',
      lastContactAt: '2026-11-30T01:00:00.000Z',
      lastFailure: {
        at: at.toISOString(),
        message: '无法连接省平台，请检查网络后重试；已做的审核保存在本机，不会丢失。',
      },
    });
    await connection.tracking(answering(502))('http://p/');
    expect(connection.state$.value.reach).toBe('unreachable');
  });

  it('keeps a busy platform as answering, with the trouble as the last failure', async () => {
    const connection = createPlatformConnection(null, () => at);
    await connection.tracking(answering(503))('http://p/');
    expect(connection.state$.value).toEqual({
      reach: 'answering',
      lastContactAt: at.toISOString(),
      lastFailure: { at: at.toISOString(), message: '省平台暂时不可用，稍后会自动重试。' },
    });
  });
});

describe('shouldProbe', () => {
  const now = Date.parse('2026-11-30T02:00:00.000Z');
  const heard = (msAgo: number) => ({
    reach: 'answering' as const,
    lastContactAt: new Date(now - msAgo).toISOString(),
    lastFailure: null,
  });

  it('asks when nothing was heard for a while, and not again at once', () => {
    expect([
      shouldProbe(heard(probeAfterMs), true, now, 0),
      shouldProbe(heard(1000), true, now, 0),
      shouldProbe(heard(probeAfterMs), true, now, now - 1000),
    ]).toEqual([true, false, false]);
  });

  it('never asks while the computer has no network', () => {
    expect(shouldProbe(heard(probeAfterMs * 10), false, now, 0)).toBe(false);
  });

  it('asks when the platform was unreachable or not heard yet', () => {
    expect([
      shouldProbe({ reach: 'unreachable', lastContactAt: null, lastFailure: null }, true, now, 0),
      shouldProbe({ reach: 'unknown', lastContactAt: null, lastFailure: null }, true, now, 0),
    ]).toEqual([true, true]);
  });
});
