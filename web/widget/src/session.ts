/**
 * Remembers the visitor's session id across page loads.
 *
 * Storage can be missing or throw (private mode, blocked cookies, full quota): the widget then
 * still works, it just forgets the conversation on reload.
 */
export class SessionStore {
  constructor(
    private readonly storage: Storage | null,
    private readonly key: string,
  ) {}

  get(): string | null {
    try {
      return this.storage?.getItem(this.key) || null;
    } catch {
      return null;
    }
  }

  set(sessionId: string): void {
    try {
      this.storage?.setItem(this.key, sessionId);
    } catch {
      // Not remembering the session is acceptable; failing the chat is not.
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // See set().
    }
  }
}

/** One key per chat endpoint, so two widgets for different backends do not share a session. */
export function storageKey(chatUrl: string): string {
  return `copperline-chat:session:${chatUrl}`;
}

export function browserStorage(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}
