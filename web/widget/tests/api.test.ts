import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, ChatApi, parseRetryAfter, parseSources } from '../src/api';
import { FakeChatServer, jsonResponse } from './fake-server';

function setup(timeoutMs?: number) {
  const server = new FakeChatServer();
  const api = new ChatApi({ baseUrl: `${server.base}/`, fetch: server.fetch, timeoutMs });
  return { server, api };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('ChatApi.sendMessage', () => {
  it('posts the message with its context to /messages and parses the reply', async () => {
    const { server, api } = setup();
    const reply = await api.sendMessage({ message: 'hi', context: { locale: 'en-US' } });
    expect(server.requests[0]).toMatchObject({ method: 'POST', path: '/messages', body: { message: 'hi', context: { locale: 'en-US' } } });
    expect(reply).toMatchObject({ session_id: 's-1', reply: 'Echo: hi', sources: [], handoff: false });
  });

  it('reports 429 as rate_limited with the Retry-After seconds', async () => {
    const { server, api } = setup();
    server.respondNext(() => jsonResponse(429, { error: { code: 'rate_limited', message: 'slow down' } }, { 'Retry-After': '12' }));
    const error = await failure(api.sendMessage({ message: 'hi' }));
    expect(error).toMatchObject({ kind: 'rate_limited', status: 429, retryAfterSeconds: 12, code: 'rate_limited' });
  });

  it('reports other 4xx as client errors with the contract error code', async () => {
    const { server, api } = setup();
    server.respondNext(() => jsonResponse(422, { error: { code: 'validation_error', message: 'bad' } }));
    expect(await failure(api.sendMessage({ message: 'hi' }))).toMatchObject({ kind: 'client', status: 422, code: 'validation_error' });
  });

  it('reports 5xx with an HTML body as a server error', async () => {
    const { server, api } = setup();
    server.respondNext(() => new Response('<h1>502 Bad Gateway</h1>', { status: 502 }));
    expect(await failure(api.sendMessage({ message: 'hi' }))).toMatchObject({ kind: 'server', status: 502 });
  });

  it('treats a 200 that is not JSON as malformed', async () => {
    const { server, api } = setup();
    server.respondNext(() => new Response('<html>oops</html>', { status: 200 }));
    expect((await failure(api.sendMessage({ message: 'hi' }))).kind).toBe('malformed');
  });

  it('treats JSON of the wrong shape as malformed', async () => {
    const { server, api } = setup();
    server.respondNext(() => jsonResponse(200, { ok: true }));
    expect((await failure(api.sendMessage({ message: 'hi' }))).kind).toBe('malformed');
  });

  it('reports a refused connection as a network error', async () => {
    const api = new ChatApi({ baseUrl: 'https://x.example/chat', fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    expect((await failure(api.sendMessage({ message: 'hi' }))).kind).toBe('network');
  });

  it('aborts a request that takes longer than the timeout', async () => {
    vi.useFakeTimers();
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const api = new ChatApi({ baseUrl: 'https://x.example/chat', fetch: hanging, timeoutMs: 15_000 });
    const pending = failure(api.sendMessage({ message: 'hi' }));
    await vi.advanceTimersByTimeAsync(14_999);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).kind).toBe('timeout');
  });
});

describe('ChatApi sessions', () => {
  it('returns the transcript of a known session', async () => {
    const { server, api } = setup();
    server.addSession('abc', [{ role: 'user', text: 'hello', at: '2026-01-01T00:00:00Z' }], { handoff: true });
    const snapshot = await api.getSession('abc');
    expect(snapshot?.messages).toEqual([{ role: 'user', text: 'hello', at: '2026-01-01T00:00:00Z', sources: [] }]);
    expect(snapshot?.state.handoff).toBe(true);
  });

  it('returns null for a session the server no longer knows', async () => {
    const { api } = setup();
    expect(await api.getSession('gone')).toBeNull();
  });

  it('escapes the session id in the path', async () => {
    const { server, api } = setup();
    await api.getSession('a/b?c');
    expect(server.requests[0].path).toBe('/sessions/a%2Fb%3Fc');
  });

  it('deletes a session and treats an unknown one as already deleted', async () => {
    const { server, api } = setup();
    server.addSession('abc', []);
    await api.deleteSession('abc');
    await api.deleteSession('abc');
    expect(server.requests.map((r) => r.method)).toEqual(['DELETE', 'DELETE']);
    expect(server.sessions.has('abc')).toBe(false);
  });

  it('drops transcript entries that are not user or assistant text', async () => {
    const { server, api } = setup();
    server.respondNext(() => jsonResponse(200, {
      session_id: 'x', state: {}, messages: [{ role: 'system', text: 'x' }, { role: 'assistant' }, { role: 'assistant', text: 'ok' }],
    }));
    expect((await api.getSession('x'))?.messages.map((m) => m.text)).toEqual(['ok']);
  });
});

describe('helpers', () => {
  it('parses Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:00 GMT', now)).toBe(60);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('keeps well-formed sources and drops the rest', () => {
    expect(parseSources([{ title: 'A', category: 'faq', source: 'faq/a.md' }, { title: '' }, 'x', { category: 'c' }])).toEqual([
      { title: 'A', category: 'faq', source: 'faq/a.md' },
    ]);
    expect(parseSources(undefined)).toEqual([]);
  });
});
