/**
 * Remembers the visitor's session across page loads and tabs.
 *
 * Storage can be missing or throw (private mode, blocked cookies, full quota): the widget then
 * still works, it just forgets the conversation on reload.
 *
 * Keys (one family per chat endpoint): `<key>` the session id, `<key>:secret` the session secret
 * the server gave when it created the session, `<key>:hide` how many stored messages a typed
 * "start over" put behind the visitor, `<key>:rev` bumped after every turn so other tabs reload.
 */
export class SessionStore {
  constructor(
    private readonly storage: Storage | null,
    private readonly key: string,
  ) {}

  get(): string | null {
    return this.read(this.key);
  }

  secret(): string | null {
    return this.read(`${this.key}:secret`);
  }

  /** A new id forgets the old id's secret unless the server sent one with it. */
  set(sessionId: string, secret?: string | null): void {
    if (sessionId !== this.get()) {
      this.remove(`${this.key}:secret`);
      this.remove(`${this.key}:hide`);
    }
    this.write(this.key, sessionId);
    if (secret) this.write(`${this.key}:secret`, secret);
  }

  clear(): void {
    for (const suffix of ['', ':secret', ':hide']) this.remove(this.key + suffix);
    this.touch();
  }

  /** Stored messages to leave off screen (those before a typed "start over"). */
  hidden(): number {
    const value = Number(this.read(`${this.key}:hide`));
    return Number.isInteger(value) && value > 0 ? value : 0;
  }

  setHidden(count: number): void {
    this.write(`${this.key}:hide`, String(count));
  }

  /** Tell the widget in other tabs that the conversation changed. */
  touch(): void {
    this.write(`${this.key}:rev`, `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
  }

  /** Whether a `storage` event's key is one of this session's. */
  owns(key: string | null): boolean {
    return key === null || key === this.key || key.startsWith(`${this.key}:`);
  }

  private read(key: string): string | null {
    try {
      return this.storage?.getItem(key) || null;
    } catch {
      return null;
    }
  }

  private write(key: string, value: string): void {
    try {
      this.storage?.setItem(key, value);
    } catch {
      // Not remembering the session is acceptable; failing the chat is not.
    }
  }

  private remove(key: string): void {
    try {
      this.storage?.removeItem(key);
    } catch {
      // See write().
    }
  }
}

/** Whether the panel was open in this tab, so a reload brings it back the way it was. */
export class PanelMemory {
  constructor(
    private readonly storage: Storage | null,
    private readonly key: string,
  ) {}

  get wasOpen(): boolean {
    try {
      return this.storage?.getItem(this.key) === '1';
    } catch {
      return false;
    }
  }

  remember(open: boolean): void {
    try {
      if (open) this.storage?.setItem(this.key, '1');
      else this.storage?.removeItem(this.key);
    } catch {
      // Forgetting the panel state only means it starts closed.
    }
  }
}

/** One key per chat endpoint, so two widgets for different backends do not share a session. */
export function storageKey(chatUrl: string): string {
  return `copperline-chat:session:${chatUrl}`;
}

export function browserStorage(win: Window, kind: 'localStorage' | 'sessionStorage' = 'localStorage'): Storage | null {
  try {
    return win[kind];
  } catch {
    return null;
  }
}
