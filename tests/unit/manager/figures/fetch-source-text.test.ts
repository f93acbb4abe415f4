import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchSourceText } from '../../../../manager/src/figures/fetch-source-text.js';
import { serve, startSourceServer } from '../../../helpers/figures-source-server.js';

const limits = { timeoutMs: 2_000, maxBytes: 1024 };
let server: Awaited<ReturnType<typeof startSourceServer>>;
beforeEach(async () => {
  server = await startSourceServer(serve('{}'));
});
afterEach(() => server.close());

describe('fetchSourceText', () => {
  it('reads UTF-8 text without its byte-order mark', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    const text = new TextEncoder().encode('Giá trị\r\n98,5\r\n');
    server.answer(serve(new Uint8Array([...bom, ...text]), 'text/csv; charset=utf-8'));
    expect(await fetchSourceText(server.url('/a.csv'), limits)).toEqual({
      text: 'Giá trị\r\n98,5\r\n',
    });
  });

  it('refuses a body over the size limit, declared or streamed', async () => {
    server.answer(serve('x'.repeat(2048)));
    expect(await fetchSourceText(server.url(), limits)).toEqual({ error: 'Nguồn lớn hơn 1 KB' });
    server.answer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('x'.repeat(800));
      response.end('x'.repeat(800));
    });
    expect(await fetchSourceText(server.url(), limits)).toEqual({ error: 'Nguồn lớn hơn 1 KB' });
  });

  it('gives up on a source that does not answer in time', async () => {
    server.answer(() => {});
    expect(await fetchSourceText(server.url(), { ...limits, timeoutMs: 200 })).toEqual({
      error: 'Nguồn không trả lời trong 0.2 giây',
    });
  });

  it('gives up on a body that stops coming', async () => {
    server.answer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"a":');
    });
    expect(await fetchSourceText(server.url(), { ...limits, timeoutMs: 200 })).toEqual({
      error: 'Nguồn không trả lời trong 0.2 giây',
    });
  });

  it('reports an HTTP error status', async () => {
    server.answer((_request, response) => {
      response.writeHead(503);
      response.end('down');
    });
    expect(await fetchSourceText(server.url(), limits)).toEqual({
      error: 'Nguồn trả lời HTTP 503',
    });
  });

  it('refuses bytes that are not UTF-8', async () => {
    server.answer(serve(new Uint8Array([0x48, 0xe0, 0x20, 0x4e]), 'text/csv'));
    expect(await fetchSourceText(server.url(), limits)).toEqual({
      error: 'Nguồn không phải là văn bản UTF-8',
    });
  });

  it('names the network failure of a source that is not there', async () => {
    const gone = server.url();
    await server.close();
    server = await startSourceServer(serve('{}'));
    expect(await fetchSourceText(gone, limits)).toEqual({
      error: 'Không đọc được nguồn: ECONNREFUSED',
    });
  });
});
