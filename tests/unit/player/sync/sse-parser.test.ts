import { describe, expect, it } from 'vitest';
import { SseParser } from '../../../../player/src/sync/sse-parser.js';

describe('SseParser', () => {
  it('dispatches an event with its type, data and id at a blank line', () => {
    const parser = new SseParser();
    const messages = parser.push('id: 7\nevent: manifest\ndata: {"version":"v2"}\n\n');
    expect(messages).toEqual([{ event: 'manifest', data: '{"version":"v2"}', id: '7' }]);
    expect(parser.lastEventId).toBe('7');
  });

  it('joins multi-line data and ignores comment lines such as pings', () => {
    const parser = new SseParser();
    expect(parser.push(': ping\n\ndata: a\ndata: b\n\n')).toEqual([
      { event: 'message', data: 'a\nb', id: '' },
    ]);
  });

  it('reassembles events and CRLF line ends split across chunks', () => {
    const parser = new SseParser();
    expect(parser.push('event: command\r')).toEqual([]);
    expect(parser.push('\ndata: {"command"')).toEqual([]);
    const messages = parser.push(':"identify","id":"1"}\r\n\r\n');
    expect(messages).toEqual([
      { event: 'command', data: '{"command":"identify","id":"1"}', id: '' },
    ]);
  });

  it('accepts lone CR line ends and reads a retry hint', () => {
    const parser = new SseParser();
    expect(parser.push('retry: 5000\rdata: x\r\r')).toEqual([
      { event: 'message', data: 'x', id: '' },
    ]);
    expect(parser.retryMs).toBe(5000);
  });

  it('keeps the last event id for events that carry none', () => {
    const parser = new SseParser();
    parser.push('id: 3\ndata: a\n\n');
    expect(parser.push('data: b\n\n')[0]?.id).toBe('3');
  });
});
