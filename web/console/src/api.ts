/**
 * The console's API client: one origin (the gateway locally, the functions' URLs in production),
 * the access token kept in memory only, and the refresh token in an httpOnly cookie the script
 * never sees (docs/decisions/console-session-cookie.md). A 401 triggers one
 * POST /auth/refresh (the cookie is rotated by the server) and one retry; on load,
 * `restore()` uses the same call so a reload keeps the session.
 */

export type Role = 'admin' | 'sales';

export interface Session {
  accessToken: string;
  email: string;
  role: Role;
  userId: string;
}

/** Why the session ended: the user signed out, or the server refused to extend it. */
export type EndReason = 'signed-out' | 'expired';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds to wait, from `Retry-After` (429), else null. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
  }
}

type Fetch = typeof fetch;

export interface ApiOptions {
  baseUrl?: string;
  fetch?: Fetch;
  onSignedOut?: (reason: EndReason) => void;
}

/** The header that asks the auth function for the cookie transport (and guards it from CSRF). */
export const COOKIE_TRANSPORT = { 'X-Refresh-Transport': 'cookie' } as const;

interface AccessAnswer {
  access_token: string;
}

/** Seconds from a `Retry-After` header (delta-seconds or an HTTP date), or null. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

async function errorOf(response: Response): Promise<ApiError> {
  let code = 'http_error';
  let message = `HTTP ${response.status}`;
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    code = body.error?.code ?? code;
    message = body.error?.message ?? message;
  } catch {
    // not JSON: keep the status line
  }
  return new ApiError(response.status, code, message, retryAfterSeconds(response.headers.get('Retry-After')));
}

export class Api {
  private session: Session | null = null;
  private refreshing: Promise<boolean> | null = null;
  private readonly base: string;
  private readonly fetcher: Fetch;
  private readonly onSignedOut: (reason: EndReason) => void;

  constructor(options: ApiOptions = {}) {
    this.base = (options.baseUrl ?? '').replace(/\/$/, '');
    this.fetcher = options.fetch ?? ((input, init) => fetch(input, init));
    this.onSignedOut = options.onSignedOut ?? (() => undefined);
  }

  get current(): Session | null {
    return this.session;
  }

  private post(path: string, body: unknown): Promise<Response> {
    return this.fetcher(`${this.base}${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', ...COOKIE_TRANSPORT },
      body: JSON.stringify(body),
    });
  }

  /** Complete a session from a fresh access token: who is signed in. */
  private async begin(accessToken: string): Promise<Session> {
    this.session = { accessToken, email: '', role: 'sales', userId: '' };
    const me = await this.json<{ id: string; email: string; role: Role }>('GET', '/auth/me');
    this.session = { accessToken, email: me.email, role: me.role, userId: me.id };
    return this.session;
  }

  async signIn(email: string, password: string): Promise<Session> {
    const response = await this.post('/auth/login', { email, password });
    if (!response.ok) throw await errorOf(response);
    return this.begin(((await response.json()) as AccessAnswer).access_token);
  }

  /** The session the refresh cookie still holds (after a reload), or null. */
  async restore(): Promise<Session | null> {
    try {
      return (await this.refresh()) && this.session ? await this.begin(this.session.accessToken) : null;
    } catch {
      this.session = null;
      return null;
    }
  }

  async signOut(): Promise<void> {
    if (this.session) {
      try {
        await this.request('POST', '/auth/logout', {});
      } catch {
        // signing out locally matters more than telling the server
      }
    }
    this.session = null;
    this.onSignedOut('signed-out');
  }

  /** Rotate the refresh cookie once, shared by every request that got a 401 meanwhile. */
  private refresh(): Promise<boolean> {
    if (!this.refreshing) {
      this.refreshing = this.rotate().finally(() => {
        this.refreshing = null;
      });
    }
    return this.refreshing;
  }

  private async rotate(): Promise<boolean> {
    const response = await this.post('/auth/refresh', {});
    if (!response.ok) return false;
    const accessToken = ((await response.json()) as AccessAnswer).access_token;
    this.session = this.session ? { ...this.session, accessToken } : { accessToken, email: '', role: 'sales', userId: '' };
    return true;
  }

  async request(method: string, path: string, body?: unknown, retried = false): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.session) headers.Authorization = `Bearer ${this.session.accessToken}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await this.fetcher(`${this.base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 401 && !retried && this.session) {
      if (await this.refresh()) return this.request(method, path, body, true);
      this.session = null;
      this.onSignedOut('expired');
    }
    if (!response.ok) throw await errorOf(response);
    return response;
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.request(method, path, body);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  /** A GET's body as a Blob (a CSV export), fetched with the bearer token. */
  async blob(path: string): Promise<Blob> {
    return (await this.request('GET', path)).blob();
  }
}

/** A query string from the set values only. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '' && v !== false);
  const search = new URLSearchParams(entries.map(([k, v]) => [k, String(v)]));
  const text = search.toString();
  return text ? `?${text}` : '';
}
