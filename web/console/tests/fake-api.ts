/**
 * A fake console API at the HTTP boundary: a `fetch` that answers like openapi.yaml says and
 * records every request, so the client's behaviour (headers, rotation, bodies) can be checked.
 */
import type { Deal } from '../src/types';

export interface Call { method: string; path: string; auth: string | null; body: unknown }

export function deal(overrides: Partial<Deal> = {}): Deal {
  return {
    id: 'a'.repeat(32), lead_id: 'b'.repeat(32), session_id: 'c'.repeat(32), title: 'Maya Chen — new cafe',
    company: 'brightcup.co', stage: 'new', amount: 10000, probability: 0.1, weighted_amount: 1000,
    owner_id: null, expected_close: null, lost_reason: null, version: 1,
    created_at: '2026-03-02T17:00:00Z', updated_at: '2026-03-02T17:00:00Z',
    stage_history: [{ stage: 'new', at: '2026-03-02T17:00:00Z', by: 'system' }],
    ...overrides,
  };
}

export class FakeApi {
  calls: Call[] = [];
  access = 'access-1';
  refresh = 'refresh-1';
  rotations = 0;
  expireNext = false;
  deals: Deal[] = [deal()];

  private json(status: number, body: unknown): Response {
    return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  }

  fetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input), 'http://console.test');
    const method = init?.method ?? 'GET';
    const headers = new Headers(init?.headers);
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    this.calls.push({ method, path: url.pathname + url.search, auth: headers.get('Authorization'), body });
    return this.answer(method, url.pathname, headers.get('Authorization'), body);
  };

  private answer(method: string, path: string, auth: string | null, body: any): Response {
    if (path === '/auth/login') {
      return body.password === 'right' ? this.json(200, { access_token: this.access, refresh_token: this.refresh }) : this.json(401, { error: { code: 'unauthorized', message: 'Invalid email or password.' } });
    }
    if (path === '/auth/refresh') {
      if (body.refresh_token !== this.refresh) return this.json(401, { error: { code: 'unauthorized', message: 'reused' } });
      this.rotations += 1;
      this.access = `access-${this.rotations + 1}`;
      this.refresh = `refresh-${this.rotations + 1}`;
      return this.json(200, { access_token: this.access, refresh_token: this.refresh });
    }
    if (this.expireNext || auth !== `Bearer ${this.access}`) {
      this.expireNext = false;
      return this.json(401, { error: { code: 'unauthorized', message: 'expired' } });
    }
    if (path === '/auth/me') return this.json(200, { id: 'u1', email: 'sam@copperline.coffee', role: 'sales' });
    if (path === '/auth/logout') return this.json(204, null);
    if (path === '/crm/deals') return this.json(200, { items: this.deals, next_cursor: null });
    if (path === '/crm/pipeline') {
      return this.json(200, { columns: ['new', 'contacted', 'meeting', 'proposal', 'won', 'lost'].map((stage) => ({ stage, count: this.deals.filter((d) => d.stage === stage).length, amount: 0, weighted_amount: 0 })) });
    }
    const dealPatch = path.match(/^\/crm\/deals\/(\w+)$/);
    if (dealPatch && method === 'PATCH') {
      const found = this.deals.find((d) => d.id === dealPatch[1]);
      if (!found) return this.json(404, { error: { code: 'not_found', message: 'No deal' } });
      if (body.version !== found.version) return this.json(409, { error: { code: 'conflict', message: 'stale' } });
      Object.assign(found, { stage: body.stage, version: found.version + 1 });
      return this.json(200, found);
    }
    return this.json(404, { error: { code: 'not_found', message: 'Nothing here' } });
  }
}
