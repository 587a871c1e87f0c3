import { describe, expect, it, vi } from 'vitest';
import { Api, ApiError, query } from '../src/api';
import { FakeApi } from './fake-api';

describe('Api', () => {
  it('signs in, keeps the token in memory and sends it as a bearer token', async () => {
    const server = new FakeApi();
    const api = new Api({ fetch: server.fetch });
    const session = await api.signIn('sam@copperline.coffee', 'right');
    expect(session.role).toBe('sales');
    await api.json('GET', '/crm/deals');
    expect(server.calls.at(-1)?.auth).toBe('Bearer access-1');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  it('rotates the refresh token once on a 401 and retries the request', async () => {
    const server = new FakeApi();
    const api = new Api({ fetch: server.fetch });
    await api.signIn('sam@copperline.coffee', 'right');
    server.expireNext = true;
    const page = await api.json<{ items: unknown[] }>('GET', '/crm/deals');
    expect(page.items).toHaveLength(1);
    expect(server.rotations).toBe(1);
    expect(api.current?.refreshToken).toBe('refresh-2');
    expect(server.calls.at(-1)?.auth).toBe('Bearer access-2');
  });

  it('shares one rotation between concurrent 401s', async () => {
    const server = new FakeApi();
    const api = new Api({ fetch: server.fetch });
    await api.signIn('sam@copperline.coffee', 'right');
    server.access = 'rotated-elsewhere';
    await Promise.all([api.json('GET', '/crm/deals'), api.json('GET', '/crm/pipeline')]);
    expect(server.rotations).toBe(1);
  });

  it('signs out when the refresh token is refused', async () => {
    const server = new FakeApi();
    const signedOut = vi.fn();
    const api = new Api({ fetch: server.fetch, onSignedOut: signedOut });
    await api.signIn('sam@copperline.coffee', 'right');
    server.refresh = 'revoked';
    server.expireNext = true;
    await expect(api.json('GET', '/crm/deals')).rejects.toBeInstanceOf(ApiError);
    expect(signedOut).toHaveBeenCalledOnce();
    expect(api.current).toBeNull();
  });

  it('reports a wrong password as a 401 ApiError with the server message', async () => {
    const api = new Api({ fetch: new FakeApi().fetch });
    const error = await api.signIn('sam@copperline.coffee', 'wrong').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
  });

  it('builds query strings from set values only', () => {
    expect(query({ a: 'x y', b: '', c: undefined, d: 3 })).toBe('?a=x+y&d=3');
    expect(query({})).toBe('');
  });
});
