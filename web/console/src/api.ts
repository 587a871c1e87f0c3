/**
 * The console's API client: one origin (the gateway locally, the functions' URLs in production),
 * the access token kept in memory only, and refresh-token rotation: a 401 triggers one
 * POST /auth/refresh (the old refresh token is spent, the new pair replaces it) and one retry.
 */

export type Role = 'admin' | 'sales';

export interface Session {
  accessToken: string;
  refreshToken: string;
  email: string;
  role: Role;
  userId: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Fetch = typeof fetch;

export interface ApiOptions {
  baseUrl?: string;
  fetch?: Fetch;
  onSignedOut?: () => void;
}

interface TokenPair {
  access_token: string;
  refresh_token: string;
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
  return new ApiError(response.status, code, message);
}

export class Api {
  private session: Session | null = null;
  private refreshing: Promise<boolean> | null = null;
  private readonly base: string;
  private readonly fetcher: Fetch;
  private readonly onSignedOut: () => void;

  constructor(options: ApiOptions = {}) {
    this.base = (options.baseUrl ?? '').replace(/\/$/, '');
    this.fetcher = options.fetch ?? ((input, init) => fetch(input, init));
    this.onSignedOut = options.onSignedOut ?? (() => undefined);
  }

  get current(): Session | null {
    return this.session;
  }

  async signIn(email: string, password: string): Promise<Session> {
    const response = await this.fetcher(`${this.base}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) throw await errorOf(response);
    const pair = (await response.json()) as TokenPair;
    this.session = { accessToken: pair.access_token, refreshToken: pair.refresh_token, email, role: 'sales', userId: '' };
    const me = await this.json<{ id: string; email: string; role: Role }>('GET', '/auth/me');
    this.session = { ...this.session, email: me.email, role: me.role, userId: me.id };
    return this.session;
  }

  async signOut(): Promise<void> {
    const session = this.session;
    if (session) {
      try {
        await this.request('POST', '/auth/logout', { refresh_token: session.refreshToken });
      } catch {
        // signing out locally matters more than telling the server
      }
    }
    this.session = null;
    this.onSignedOut();
  }

  /** Rotate the refresh token once, shared by every request that got a 401 meanwhile. */
  private refresh(): Promise<boolean> {
    if (!this.refreshing) {
      this.refreshing = this.rotate().finally(() => {
        this.refreshing = null;
      });
    }
    return this.refreshing;
  }

  private async rotate(): Promise<boolean> {
    const session = this.session;
    if (!session) return false;
    const response = await this.fetcher(`${this.base}/auth/refresh`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refresh_token: session.refreshToken }),
    });
    if (!response.ok) return false;
    const pair = (await response.json()) as TokenPair;
    this.session = { ...session, accessToken: pair.access_token, refreshToken: pair.refresh_token };
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
      this.onSignedOut();
    }
    if (!response.ok) throw await errorOf(response);
    return response;
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.request(method, path, body);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
}

/** A query string from the set values only. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  const search = new URLSearchParams(entries.map(([k, v]) => [k, String(v)]));
  const text = search.toString();
  return text ? `?${text}` : '';
}
