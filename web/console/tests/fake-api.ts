/**
 * A fake console API at the HTTP boundary: a `fetch` that answers like openapi.yaml says and
 * records every request, so the client's behaviour (headers, rotation, bodies) can be checked.
 */
import type { LlmUsage } from '../src/LlmUsage';
import type { Analytics, Deal, LeadDetail, LeadItem, Ticket } from '../src/types';

export interface Call { method: string; path: string; auth: string | null; body: unknown; transport: string | null }

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

export function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: 't'.repeat(32), session_id: 's'.repeat(32), status: 'open', category: 'machine_fault', issue: 'The grinder stopped.',
    contact: { name: 'Ada', email: 'ada@example.com', phone: null }, emergency_offered: false, owner_id: null,
    created_at: '2026-12-01T10:00:00Z', ...overrides,
  };
}

export const ANALYTICS: Analytics = {
  classification: [{ classification: 'warm', count: 4, avg_score: 78 }],
  funnel: [{ stage: 'qualified', count: 4 }],
  series: [{ bucket: '2026-12-04', conversations: 20, leads: 7, qualified: 4 }],
  conversion: { visitor_to_lead: 0.35, lead_to_qualified: 0.5714, qualified_to_won: 0, visitors: 20, leads: 7, qualified: 4, won: 0 },
  fields: [{ field: 'email', asked: 2, answered: 12, volunteered: 10, skipped: 0, refused: 0 }],
  definitions: { qualified: 'Conversations that reached the qualified stage.' },
};

export const LLM_USAGE: LlmUsage = {
  calls: 1200, prompt_tokens: 450000, completion_tokens: 80000, cost_usd: 1.2345, errors: 3, fallbacks: 1,
  by_model: [{ model: 'gpt-4o-mini', calls: 1200, prompt_tokens: 450000, completion_tokens: 80000, cost_usd: 1.2345, errors: 3, fallbacks: 1 }],
  by_purpose: [{ purpose: 'lead_summary', calls: 200, prompt_tokens: 90000, completion_tokens: 20000, cost_usd: 0.3, errors: 0, fallbacks: 0 }],
};

export class FakeApi {
  calls: Call[] = [];
  access = 'access-1';
  refresh = 'refresh-1';
  rotations = 0;
  expireNext = false;
  deals: Deal[] = [deal()];
  tickets: Ticket[] = [ticket()];
  leads: LeadItem[] = [];
  /** The detail views `GET /leads/{id}` answers, by id. */
  leadDetails: Record<string, LeadDetail> = {};
  /** The browser's httpOnly refresh cookie, as the server set it (the client never reads it). */
  cookie: string | null = null;

  private json(status: number, body: unknown): Response {
    return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  }

  fetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input), 'http://console.test');
    const method = init?.method ?? 'GET';
    const headers = new Headers(init?.headers);
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    const transport = headers.get('X-Refresh-Transport');
    this.calls.push({ method, path: url.pathname + url.search, auth: headers.get('Authorization'), body, transport });
    return this.answer(method, url.pathname, headers.get('Authorization'), body, transport);
  };

  private answer(method: string, path: string, auth: string | null, body: any, transport: string | null): Response {
    if (path === '/auth/login') {
      if (body.password !== 'right') return this.json(401, { error: { code: 'unauthorized', message: 'Invalid email or password.' } });
      this.cookie = transport === 'cookie' ? this.refresh : null;
      return this.json(200, { access_token: this.access, refresh_token: transport === 'cookie' ? null : this.refresh });
    }
    if (path === '/auth/refresh') {
      if (transport !== 'cookie' || this.cookie !== this.refresh) return this.json(401, { error: { code: 'unauthorized', message: 'reused' } });
      this.rotations += 1;
      this.access = `access-${this.rotations + 1}`;
      this.refresh = `refresh-${this.rotations + 1}`;
      this.cookie = this.refresh;
      return this.json(200, { access_token: this.access, refresh_token: null });
    }
    if (this.expireNext || auth !== `Bearer ${this.access}`) {
      this.expireNext = false;
      return this.json(401, { error: { code: 'unauthorized', message: 'expired' } });
    }
    if (path === '/auth/me') return this.json(200, { id: 'u1', email: 'sam@copperline.coffee', role: 'sales' });
    if (path === '/auth/logout') {
      this.cookie = null;
      return this.json(204, null);
    }
    if (path === '/crm/deals') return this.json(200, { items: this.deals, next_cursor: null });
    if (path === '/crm/pipeline') {
      return this.json(200, { columns: ['new', 'contacted', 'meeting', 'proposal', 'won', 'lost'].map((stage) => ({ stage, count: this.deals.filter((d) => d.stage === stage).length, amount: 0, weighted_amount: 0 })) });
    }
    if (path === '/leads/') return this.json(200, { items: this.leads, next_cursor: null, total: this.leads.length });
    const leadDetail = path.match(/^\/leads\/(\w+)$/);
    if (leadDetail && method === 'GET' && this.leadDetails[leadDetail[1]]) return this.json(200, this.leadDetails[leadDetail[1]]);
    if (path === '/crm/analytics') return this.json(200, ANALYTICS);
    if (path === '/crm/analytics/llm') return this.json(200, LLM_USAGE);
    if (path === '/crm/tickets') return this.json(200, { items: this.tickets, next_cursor: null });
    const ticketPatch = path.match(/^\/crm\/tickets\/(\w+)$/);
    if (ticketPatch && method === 'PATCH') {
      const found = this.tickets.find((t) => t.id === ticketPatch[1]);
      if (!found) return this.json(404, { error: { code: 'not_found', message: 'No ticket' } });
      found.status = body.status;
      return this.json(200, found);
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
