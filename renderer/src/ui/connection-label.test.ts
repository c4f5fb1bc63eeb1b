import { describe, expect, it } from 'vitest';
import { formatTime } from './format.ts';
import { connectionLabel } from './connection-label.ts';

const contact = '2026-11-30T02:15:00.000Z';
const failure = { at: '2026-11-30T03:00:00.000Z', message: '无法连接省平台' };

describe('connectionLabel', () => {
  it('says 离线 when the computer has no network, whatever was heard before', () => {
    expect(
      connectionLabel(
        false,
        { reach: 'answering', lastContactAt: contact, lastFailure: null },
        null,
      ),
    ).toEqual({ text: '离线', tone: 'default' });
  });

  it('says 在线 only when the platform answers', () => {
    expect(
      connectionLabel(
        true,
        { reach: 'answering', lastContactAt: contact, lastFailure: null },
        null,
      ),
    ).toEqual({ text: '在线', tone: 'success' });
  });

  it('names the last contact when the network is up and the platform does not answer', () => {
    expect(
      connectionLabel(
        true,
        { reach: 'unreachable', lastContactAt: contact, lastFailure: failure },
        null,
      ),
    ).toEqual({ text: `省平台无法连接（上次联系 ${formatTime(contact)}）`, tone: 'warning' });
  });

  it('falls back to the last sync for the last contact after an offline sign-in', () => {
    expect(
      connectionLabel(
        true,
        { reach: 'unreachable', lastContactAt: null, lastFailure: failure },
        contact,
      ),
    ).toEqual({ text: `省平台无法连接（上次联系 ${formatTime(contact)}）`, tone: 'warning' });
    expect(
      connectionLabel(
        true,
        { reach: 'unreachable', lastContactAt: null, lastFailure: failure },
        null,
      ),
    ).toEqual({ text: '省平台无法连接（尚未联系上）', tone: 'warning' });
  });
});
