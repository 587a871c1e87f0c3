import { ApiError, type ChatApi } from './api';
import { COPY, describeError } from './copy';
import type { SessionStore } from './session';
import type { ChatState, MessageContext } from './types';
import type { ChatView } from './view';

export interface ControllerDeps {
  api: ChatApi;
  store: SessionStore;
  context: () => MessageContext;
  greeting: string;
}

/**
 * What the widget does: open, restore, send, recover from failures, start over.
 * The view draws, the API talks HTTP, the store remembers the session id.
 */
export class ChatController {
  private sessionId: string | null;
  private loaded: Promise<void> | null = null;
  private busy = false;

  constructor(
    private readonly view: ChatView,
    private readonly deps: ControllerDeps,
  ) {
    this.sessionId = deps.store.get();
  }

  toggle(): Promise<void> {
    if (this.view.isOpen) {
      this.close();
      return Promise.resolve();
    }
    return this.open();
  }

  async open(): Promise<void> {
    this.view.setOpen(true);
    this.view.focusInput();
    await this.load();
  }

  close(): void {
    this.view.setOpen(false);
    this.view.focusLauncher();
  }

  /** The transcript is fetched once, the first time the panel opens. */
  load(): Promise<void> {
    this.loaded ??= this.restore();
    return this.loaded;
  }

  async send(text: string): Promise<void> {
    if (this.busy) return; // the text stays in the box; the send button is disabled meanwhile
    if (!this.loaded) await this.load(); // only when sending without opening first
    this.view.clearError();
    this.view.inputValue = '';
    const bubble = this.view.appendMessage({ role: 'user', text });
    this.setBusy(true);
    try {
      const reply = await this.post(text);
      this.remember(reply.session_id);
      this.view.appendMessage({ role: 'assistant', text: reply.reply, sources: reply.sources });
      this.showState(reply);
    } catch (error) {
      bubble.remove();
      this.giveBack(text);
      this.view.showError(...errorView(error));
    } finally {
      this.setBusy(false);
    }
  }

  async startOver(): Promise<void> {
    if (this.busy) return;
    this.setBusy(true);
    this.view.clearError();
    try {
      if (this.sessionId) await this.deps.api.deleteSession(this.sessionId);
      this.forget();
      this.view.clearMessages();
      this.view.setNotice(null);
      this.greet();
    } catch {
      this.view.showError(COPY.startOverFailed);
    } finally {
      this.setBusy(false);
      this.view.focusInput();
    }
  }

  private async restore(): Promise<void> {
    this.greet();
    if (!this.sessionId) return;
    this.setBusy(true);
    try {
      const snapshot = await this.deps.api.getSession(this.sessionId);
      if (!snapshot) {
        this.forget(); // the server no longer knows it: start fresh, quietly
        return;
      }
      snapshot.messages.forEach((message) => this.view.appendMessage(message));
      this.showState(snapshot.state);
    } catch {
      // Keep the id: the next message may well continue the conversation.
      this.view.showError(COPY.restoreFailed);
    } finally {
      this.setBusy(false);
    }
  }

  /** Post the message; if the server forgot our session, quietly start a new one. */
  private async post(text: string) {
    const { api, context } = this.deps;
    const request = { message: text, context: context() };
    if (!this.sessionId) return api.sendMessage(request);
    try {
      return await api.sendMessage({ ...request, session_id: this.sessionId });
    } catch (error) {
      if (!(error instanceof ApiError && error.kind === 'not_found')) throw error;
      this.forget();
      return api.sendMessage(request);
    }
  }

  private greet(): void {
    this.view.appendMessage({ role: 'assistant', text: this.deps.greeting });
  }

  private showState(state: ChatState): void {
    if (state.closed) this.view.setNotice(COPY.closed);
    else if (state.handoff) this.view.setNotice(COPY.handoff);
    else this.view.setNotice(null);
  }

  /** Put the unsent text back in the box, ahead of anything typed while waiting. */
  private giveBack(text: string): void {
    const typed = this.view.inputValue.trim();
    this.view.inputValue = typed ? `${text}\n${typed}` : text;
  }

  private remember(sessionId: string): void {
    this.sessionId = sessionId;
    this.deps.store.set(sessionId);
  }

  private forget(): void {
    this.sessionId = null;
    this.deps.store.clear();
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.view.setBusy(busy);
    this.view.setTyping(busy);
  }
}

function errorView(error: unknown): [string, { afterSeconds?: number }] {
  const apiError = error instanceof ApiError ? error : new ApiError('malformed', String(error));
  return [describeError(apiError), { afterSeconds: apiError.retryAfterSeconds }];
}
