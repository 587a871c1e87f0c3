import { describe, expect, it, vi } from 'vitest';
import { Api, ApiError, query, retryAfterSeconds } from '../src/api';
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
    expect(server.cookie).toBe('refresh-2');
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
    server.cookie = 'revoked';
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

  it('asks for the cookie transport and never holds the refresh token itself', async () => {
    const server = new FakeApi();
    const api = new Api({ fetch: server.fetch });
    await api.signIn('sam@copperline.coffee', 'right');
    expect(server.calls[0].transport).toBe('cookie');
    expect(server.cookie).toBe('refresh-1');
    expect(JSON.stringify(api.current)).not.toContain('refresh-1');
  });

  it('restores the session after a reload from the refresh cookie alone', async () => {
    const server = new FakeApi();
    await new Api({ fetch: server.fetch }).signIn('sam@copperline.coffee', 'right');
    const reloaded = new Api({ fetch: server.fetch });
    const session = await reloaded.restore();
    expect(session?.email).toBe('sam@copperline.coffee');
    expect(server.calls.at(-1)?.auth).toBe('Bearer access-2');
  });

  it('restores nothing when there is no cookie, without calling onSignedOut', async () => {
    const signedOut = vi.fn();
    const api = new Api({ fetch: new FakeApi().fetch, onSignedOut: signedOut });
    expect(await api.restore()).toBeNull();
    expect(signedOut).not.toHaveBeenCalled();
  });

  it('says why the session ended: expired when the refresh fails, signed-out on Sign out', async () => {
    const server = new FakeApi();
    const reasons: string[] = [];
    const api = new Api({ fetch: server.fetch, onSignedOut: (r) => reasons.push(r) });
    await api.signIn('sam@copperline.coffee', 'right');
    await api.signOut();
    expect(server.cookie).toBeNull();
    await api.signIn('sam@copperline.coffee', 'right');
    server.cookie = 'stolen-and-spent';
    server.expireNext = true;
    await api.json('GET', '/crm/deals').catch(() => undefined);
    expect(reasons).toEqual(['signed-out', 'expired']);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterSeconds('42')).toBe(42);
    expect(retryAfterSeconds(new Date(61_000).toUTCString(), 0)).toBe(61);
    expect(retryAfterSeconds(null)).toBeNull();
    expect(retryAfterSeconds('soon')).toBeNull();
  });

  it('builds query strings from set values only', () => {
    expect(query({ a: 'x y', b: '', c: undefined, d: 3 })).toBe('?a=x+y&d=3');
    expect(query({})).toBe('');
  });
});
