import type {
  ChatReply,
  ChatState,
  MessageRequest,
  SessionSnapshot,
  Source,
  TranscriptMessage,
} from './types';

/** Why a request failed, in the terms the visitor-facing messages need. */
export type ApiErrorKind =
  | 'network' // no response at all (server down, offline, CORS refused)
  | 'timeout' // no response within the client timeout
  | 'rate_limited' // 429
  | 'not_found' // 404
  | 'client' // other 4xx
  | 'server' // 5xx
  | 'malformed'; // a response we cannot read (not JSON, wrong shape)

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
    readonly retryAfterSeconds?: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const DEFAULT_TIMEOUT_MS = 15_000;

export interface ChatApiOptions {
  /** Base URL of the chat function, e.g. `https://example.com/chat` (no trailing slash). */
  baseUrl: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** The only code of the widget that talks HTTP. */
export class ChatApi {
  private readonly baseUrl: string;
  private readonly fetchFn: typeof fetch;
  private readonly timeoutMs: number;

  constructor(options: ChatApiOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** One turn; the session's secret (when held) lets the reply show the visitor's own contact details. */
  async sendMessage(request: MessageRequest, secret?: string | null): Promise<ChatReply> {
    const body = await this.request('POST', '/messages', request, secret);
    return parseReply(body);
  }

  /** The session's transcript, or null when the server no longer knows the session. */
  async getSession(sessionId: string, secret?: string | null): Promise<SessionSnapshot | null> {
    try {
      return parseSnapshot(await this.request('GET', sessionPath(sessionId), undefined, secret));
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'not_found') return null;
      throw error;
    }
  }

  /** Erase the session; a session the server does not know counts as erased. */
  async deleteSession(sessionId: string, secret?: string | null): Promise<void> {
    try {
      await this.request('DELETE', sessionPath(sessionId), undefined, secret);
    } catch (error) {
      if (!(error instanceof ApiError && error.kind === 'not_found')) throw error;
    }
  }

  private async request(method: string, path: string, payload?: unknown, secret?: string | null): Promise<unknown> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    const headers: Record<string, string> = payload === undefined ? { Accept: 'application/json' } : { ...JSON_HEADERS };
    if (secret) headers['X-Session-Secret'] = secret;
    try {
      const response = await this.fetchFn(this.baseUrl + path, {
        method,
        headers,
        body: payload === undefined ? undefined : JSON.stringify(payload),
        signal: controller.signal,
        credentials: 'omit',
      });
      const text = await response.text();
      if (!response.ok) throw errorFromResponse(response, text);
      return response.status === 204 || text === '' ? null : parseJson(text);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      if (controller.signal.aborted) throw new ApiError('timeout', 'request timed out');
      throw new ApiError('network', 'request failed');
    } finally {
      clearTimeout(timer);
    }
  }
}

const JSON_HEADERS = { Accept: 'application/json', 'Content-Type': 'application/json' };

function sessionPath(sessionId: string): string {
  return `/sessions/${encodeURIComponent(sessionId)}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError('malformed', 'response is not JSON');
  }
}

function errorFromResponse(response: Response, text: string): ApiError {
  const { status } = response;
  const code = errorCode(text);
  if (status === 429) {
    const wait = parseRetryAfter(response.headers.get('Retry-After'));
    return new ApiError('rate_limited', 'rate limited', status, wait, code);
  }
  if (status === 404) return new ApiError('not_found', 'not found', status, undefined, code);
  const kind = status >= 500 ? 'server' : 'client';
  return new ApiError(kind, `HTTP ${status}`, status, undefined, code);
}

/** The `error.code` of a contract error body, if the body is one. */
function errorCode(text: string): string | undefined {
  try {
    const body: unknown = JSON.parse(text);
    const code = isRecord(body) && isRecord(body.error) ? body.error.code : undefined;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}

/** Seconds to wait from a Retry-After header (delta-seconds or HTTP date). */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function malformed(what: string): ApiError {
  return new ApiError('malformed', `unexpected response: ${what}`);
}

export function parseReply(body: unknown): ChatReply {
  if (!isRecord(body)) throw malformed('not an object');
  if (typeof body.session_id !== 'string' || body.session_id === '') throw malformed('session_id');
  if (typeof body.reply !== 'string') throw malformed('reply');
  return {
    ...parseState(body),
    session_id: body.session_id,
    reply: body.reply,
    sources: parseSources(body.sources),
    session_secret: typeof body.session_secret === 'string' && body.session_secret ? body.session_secret : null,
  };
}

export function parseSnapshot(body: unknown): SessionSnapshot {
  if (!isRecord(body)) throw malformed('not an object');
  if (typeof body.session_id !== 'string') throw malformed('session_id');
  if (!Array.isArray(body.messages)) throw malformed('messages');
  return {
    session_id: body.session_id,
    state: parseState(isRecord(body.state) ? body.state : {}),
    messages: body.messages.flatMap(parseMessage),
  };
}

function parseState(body: Record<string, unknown>): ChatState {
  return {
    stage: typeof body.stage === 'string' ? body.stage : undefined,
    customer_type: typeof body.customer_type === 'string' ? body.customer_type : null,
    collected: isRecord(body.collected) ? body.collected : {},
    missing: Array.isArray(body.missing) ? body.missing.filter(isString) : [],
    asking: typeof body.asking === 'string' ? body.asking : null,
    handoff: body.handoff === true,
    // A server without the field (older than issue 10) is treated as "nothing arranged".
    handoff_channel: body.handoff_channel === 'email' || body.handoff_channel === 'phone' ? body.handoff_channel : null,
    closed: body.closed === true,
  };
}

function parseMessage(item: unknown): TranscriptMessage[] {
  if (!isRecord(item) || typeof item.text !== 'string') return [];
  if (item.role !== 'user' && item.role !== 'assistant') return [];
  const at = typeof item.at === 'string' ? item.at : undefined;
  return [{ role: item.role, text: item.text, at, sources: parseSources(item.sources) }];
}

/** Sources are optional decoration: keep the well-formed ones, drop the rest. */
export function parseSources(value: unknown): Source[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): Source[] => {
    if (!isRecord(item) || typeof item.title !== 'string' || item.title === '') return [];
    return [
      {
        title: item.title,
        category: isString(item.category) ? item.category : undefined,
        source: isString(item.source) ? item.source : undefined,
      },
    ];
  });
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}
