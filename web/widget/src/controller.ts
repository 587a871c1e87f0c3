import { ApiError, type ChatApi } from './api';
import { handoffNotice, type SalesContact } from './banner';
import { COPY, describeError } from './copy';
import type { PanelMemory, SessionStore } from './session';
import type { ChatState, MessageContext, SessionSnapshot } from './types';
import type { ChatView } from './view';

export interface ControllerDeps {
  api: ChatApi;
  store: SessionStore;
  panel: PanelMemory;
  context: () => MessageContext;
  greeting: string;
  sales: SalesContact;
}

interface Outgoing {
  text: string;
  bubble: HTMLElement;
}

/**
 * What the widget does: open, restore, send (one at a time, in order), recover from failures,
 * start over, follow other tabs. The view draws, the API talks HTTP, the store remembers.
 */
export class ChatController {
  private sessionId: string | null;
  private loaded: Promise<void> | null = null;
  private busy = false;
  private resyncWanted = false;
  /** Messages typed while a reply is pending wait here, already shown, and go in order. */
  private queue: Outgoing[] = [];
  private state: ChatState = {};
  /** How many messages the server holds for this session (to hide those before a typed restart). */
  private stored = 0;

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

  /** `focus`: false when the panel comes back after a reload (a floating panel leaves the page's focus alone). */
  async open(focus = true): Promise<void> {
    this.view.setOpen(true);
    this.deps.panel.remember(true);
    if (focus || this.view.isModal) this.view.focusInput();
    await this.load();
  }

  close(): void {
    this.view.setOpen(false);
    this.deps.panel.remember(false);
    this.view.focusLauncher();
  }

  /** The transcript is fetched once, the first time the panel opens. */
  load(): Promise<void> {
    this.loaded ??= this.restore();
    return this.loaded;
  }

  async send(text: string): Promise<void> {
    if (!this.loaded) await this.load(); // only when sending without opening first
    this.view.clearError();
    this.view.inputValue = '';
    const bubble = this.view.appendMessage({ role: 'user', text }, 'own');
    this.queue.push({ text, bubble });
    this.view.setCanStartOver(true);
    if (!this.busy) await this.drain();
  }

  /** After the visitor confirmed: erase the conversation on the server, then in the page. */
  async startOver(): Promise<void> {
    if (this.busy) return;
    this.setBusy(true);
    this.view.clearError();
    try {
      if (this.sessionId) await this.deps.api.deleteSession(this.sessionId, this.deps.store.secret());
      this.forget();
      this.reset();
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 403)) {
        this.view.showError(COPY.startOverFailed);
      } else {
        // A session from before secrets existed cannot prove it is ours: let it go from this page.
        this.forget();
        this.reset();
      }
    } finally {
      this.setBusy(false);
      this.view.focusInput();
    }
  }

  /** After an ended conversation: a fresh one; the ended one stays with the team. */
  startNew(): void {
    this.forget();
    this.reset();
    this.view.focusInput();
  }

  /** Another tab changed the conversation: show what the server now holds. */
  async resync(): Promise<void> {
    if (this.busy) {
      this.resyncWanted = true;
      return;
    }
    this.sessionId = this.deps.store.get();
    if (!this.loaded) return; // the first open loads whatever is current
    if (!this.sessionId) {
      this.reset();
      return;
    }
    try {
      const snapshot = await this.deps.api.getSession(this.sessionId, this.deps.store.secret());
      if (snapshot) this.showSnapshot(snapshot);
    } catch {
      // This tab keeps what it shows; its next message continues the same session anyway.
    }
  }

  private async drain(): Promise<void> {
    this.setBusy(true);
    this.view.setTyping(true);
    while (this.queue.length) {
      const item = this.queue[0];
      try {
        const reply = await this.post(item.text);
        this.queue.shift();
        this.remember(reply.session_id, reply.session_secret);
        this.stored += 2;
        if (startedOver(this.state, reply)) {
          // The visitor typed "start over" and the server began afresh: so does the page.
          this.deps.store.setHidden(this.stored - 2);
          this.view.clearBefore(item.bubble);
        }
        this.view.setTyping(false);
        this.view.appendMessage({ role: 'assistant', text: reply.reply, sources: reply.sources }, 'reply', item.bubble);
        if (this.queue.length) this.view.setTyping(true);
        this.showState(reply);
        this.deps.store.touch();
      } catch (error) {
        this.giveBack(this.queue.splice(0));
        this.view.showError(...errorView(error));
      }
    }
    this.view.setTyping(false);
    this.setBusy(false);
    if (this.resyncWanted) {
      this.resyncWanted = false;
      await this.resync();
    }
  }

  private async restore(): Promise<void> {
    this.greet();
    if (!this.sessionId) return;
    this.setBusy(true);
    try {
      const snapshot = await this.deps.api.getSession(this.sessionId, this.deps.store.secret());
      if (!snapshot) this.forget(); // the server no longer knows it: start fresh, quietly
      else this.showSnapshot(snapshot);
    } catch {
      // Keep the id: the next message may well continue the conversation.
      this.view.showError(COPY.restoreFailed);
    } finally {
      this.setBusy(false);
    }
  }

  private showSnapshot(snapshot: SessionSnapshot): void {
    const hide = this.deps.store.hidden();
    const messages = snapshot.messages.length > hide ? snapshot.messages.slice(hide) : snapshot.messages;
    this.view.showTranscript([this.greeting(), ...messages]);
    this.stored = snapshot.messages.length;
    this.showState(snapshot.state);
    this.view.setCanStartOver(true);
  }

  /** Post the message; if the server forgot our session, quietly start a new one. */
  private async post(text: string) {
    const { api, context } = this.deps;
    const request = { message: text, context: context() };
    if (!this.sessionId) return api.sendMessage(request);
    try {
      return await api.sendMessage({ ...request, session_id: this.sessionId }, this.deps.store.secret());
    } catch (error) {
      if (!(error instanceof ApiError && error.kind === 'not_found')) throw error;
      this.forget();
      return api.sendMessage(request);
    }
  }

  private greeting() {
    return { role: 'assistant' as const, text: this.deps.greeting };
  }

  private greet(): void {
    this.view.appendMessage(this.greeting());
  }

  private reset(): void {
    this.view.clearMessages();
    this.showState({});
    this.greet();
    this.view.setCanStartOver(false);
  }

  private showState(state: ChatState): void {
    this.state = state;
    this.view.setClosed(Boolean(state.closed));
    if (state.closed) this.view.setNotice([COPY.closed], true);
    else if (state.handoff) this.view.setNotice(handoffNotice(state, this.deps.sales));
    else this.view.setNotice(null);
  }

  /** Put unsent text back in the box, ahead of anything typed while waiting. */
  private giveBack(items: Outgoing[]): void {
    for (const item of items) item.bubble.remove();
    const typed = this.view.inputValue.trim();
    this.view.inputValue = [...items.map((item) => item.text), ...(typed ? [typed] : [])].join('\n');
    this.view.setCanStartOver(Boolean(this.sessionId));
  }

  private remember(sessionId: string, secret?: string | null): void {
    this.sessionId = sessionId;
    this.deps.store.set(sessionId, secret);
  }

  private forget(): void {
    this.sessionId = null;
    this.stored = 0;
    this.deps.store.clear();
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.view.setBusy(busy);
  }
}

/** Whether the conversation had progressed and this turn's state is blank again. */
export function startedOver(before: ChatState, after: ChatState): boolean {
  return progressed(before) && !progressed(after);
}

function progressed(state: ChatState): boolean {
  const collected = Object.keys(state.collected ?? {}).length > 0;
  const moved = state.stage !== undefined && state.stage !== 'exploring';
  return Boolean(state.customer_type) || collected || moved || Boolean(state.handoff);
}

function errorView(error: unknown): [(secondsLeft: number) => string, { afterSeconds?: number }] {
  const apiError = error instanceof ApiError ? error : new ApiError('malformed', String(error));
  return [(left) => describeError(apiError, apiError.retryAfterSeconds === undefined ? undefined : left), { afterSeconds: apiError.retryAfterSeconds }];
}
