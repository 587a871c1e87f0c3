/**
 * A fake chat API at the HTTP boundary: a `fetch` that answers like the contract says.
 * Tests script it (`failNext`, `replyWith`) and read what the widget sent (`requests`).
 */
import type { ChatState, TranscriptMessage } from '../src/types';

export interface RecordedRequest {
  method: string;
  path: string;
  body: Record<string, unknown> | null;
  headers: Record<string, string>;
}

type Scripted = () => Response | Promise<Response>;

const BLANK_STATE: ChatState = {
  stage: 'exploring', customer_type: null, collected: {}, missing: [], asking: null, handoff: false, closed: false,
};

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export class FakeChatServer {
  readonly requests: RecordedRequest[] = [];
  readonly sessions = new Map<string, { state: ChatState; messages: TranscriptMessage[] }>();
  private readonly scripted: Scripted[] = [];
  private nextId = 1;

  constructor(readonly base = 'https://chat.example.com/chat') {}

  /** Answer the next request with this instead of the contract behaviour. */
  respondNext(answer: Scripted): void {
    this.scripted.push(answer);
  }

  addSession(id: string, messages: TranscriptMessage[], state: Partial<ChatState> = {}): void {
    this.sessions.set(id, { state: { ...BLANK_STATE, ...state }, messages });
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : null;
    const headers = Object.fromEntries([...new Headers(init?.headers).entries()].map(([k, v]) => [k.toLowerCase(), v]));
    this.requests.push({ method, path: url.pathname.replace(new URL(this.base).pathname, ''), body, headers });
    const scripted = this.scripted.shift();
    if (scripted) return scripted();
    return this.handle(method, this.requests[this.requests.length - 1].path, body);
  };

  private handle(method: string, path: string, body: Record<string, unknown> | null): Response {
    if (method === 'POST' && path === '/messages') return this.postMessage(body ?? {});
    const id = decodeURIComponent(path.replace('/sessions/', ''));
    const session = this.sessions.get(id);
    if (!session) return jsonResponse(404, { error: { code: 'not_found', message: 'no such session' } });
    if (method === 'DELETE') {
      this.sessions.delete(id);
      return new Response(null, { status: 204 });
    }
    return jsonResponse(200, { session_id: id, state: session.state, messages: session.messages });
  }

  private postMessage(body: Record<string, unknown>): Response {
    let id = typeof body.session_id === 'string' ? body.session_id : null;
    if (id && !this.sessions.has(id)) return jsonResponse(404, { error: { code: 'session_not_found', message: 'unknown' } });
    if (!id) {
      id = `s-${this.nextId++}`;
      this.addSession(id, []);
    }
    const session = this.sessions.get(id)!;
    const text = String(body.message);
    const reply = `Echo: ${text}`;
    session.messages.push({ role: 'user', text }, { role: 'assistant', text: reply });
    return jsonResponse(200, { session_id: id, reply, sources: [], ...session.state });
  }
}
