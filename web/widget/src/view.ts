import { ErrorBar } from './alert';
import { Composer } from './composer';
import { COPY } from './copy';
import { h, icon, ICONS } from './dom';
import { renderMessage } from './messages';
import { FULL_SCREEN_QUERY, PageGuard, trapTab } from './modal';
import type { TranscriptMessage } from './types';

export { MAX_MESSAGE_LENGTH } from './composer';

export interface ViewHandlers {
  onToggle(): void;
  onClose(): void;
  onSubmit(text: string): void;
  /** Called only after the visitor confirmed. */
  onStartOver(): void;
  onStartNew(): void;
}

export interface ViewOptions {
  title: string;
  privacyUrl: string | null;
}

/** `own`: the visitor's message; `reply`: a new answer (announced once); `quiet`: greeting or restore. */
export type MessageKind = 'own' | 'reply' | 'quiet';

export type NoticeContent = (Node | string)[];

/** The widget's DOM inside its shadow root. Knows nothing about HTTP or sessions. */
export class ChatView {
  readonly launcher: HTMLButtonElement;
  readonly panel: HTMLElement;
  readonly log: HTMLElement;
  readonly composer: Composer;
  private readonly launcherLabel: HTMLElement;
  private readonly typing: HTMLElement;
  private readonly jump: HTMLButtonElement;
  private readonly notice: HTMLElement;
  private readonly noticeText: HTMLElement;
  private readonly noticeAction: HTMLButtonElement;
  private readonly error = new ErrorBar();
  private readonly startOverButton: HTMLButtonElement;
  private readonly confirm: HTMLElement;
  private readonly confirmNo: HTMLButtonElement;
  private readonly announcer: HTMLElement;
  private readonly guard: PageGuard;
  private readonly fullScreen: MediaQueryList | null;
  /** The log was scrolled to its end before its last change of size (see `keepPinned`). */
  private pinned = true;

  constructor(
    private readonly root: ShadowRoot,
    options: ViewOptions,
    private readonly handlers: ViewHandlers,
  ) {
    this.launcherLabel = h('span', { 'aria-hidden': 'true' }, [COPY.launcherOpen]);
    this.launcher = h('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'ccw-panel', 'aria-label': COPY.launcherOpen }, [
      icon(ICONS.chat), icon(ICONS.close), this.launcherLabel,
    ]);
    this.startOverButton = h('button', { type: 'button', class: 'text-button', hidden: true }, [COPY.startOver]);
    const closeButton = h('button', { type: 'button', class: 'icon-button', 'aria-label': COPY.close }, [icon(ICONS.close)]);
    this.confirmNo = h('button', { type: 'button', class: 'secondary' }, [COPY.confirmNo]);
    const confirmYes = h('button', { type: 'button', class: 'danger' }, [COPY.confirmYes]);
    this.confirm = h('div', { class: 'confirm', role: 'group', 'aria-labelledby': 'ccw-confirm', hidden: true }, [
      h('p', { id: 'ccw-confirm' }, [COPY.confirmStartOver]), confirmYes, this.confirmNo,
    ]);
    this.typing = h('div', { class: 'msg msg-assistant typing' }, [
      h('span', { class: 'dots', 'aria-hidden': 'true' }, [h('span'), h('span'), h('span')]),
      h('span', { class: 'sr-only' }, [COPY.typing]),
    ]);
    // Announcements go through `announcer` (each reply once); the log itself stays quiet, so a
    // restored or re-synced transcript is not read aloud in full.
    this.log = h('div', { class: 'log', role: 'log', 'aria-live': 'off', 'aria-label': COPY.logLabel, tabindex: '0' });
    this.jump = h('button', { type: 'button', class: 'jump', hidden: true }, [COPY.newMessages]);
    this.noticeText = h('p', {});
    this.noticeAction = h('button', { type: 'button', class: 'secondary', hidden: true }, [COPY.startNew]);
    this.notice = h('div', { class: 'notice', role: 'status', hidden: true }, [this.noticeText, this.noticeAction]);
    this.composer = new Composer(() => this.submit());
    this.announcer = h('div', { class: 'sr-only', 'aria-live': 'polite' });
    const about: (Node | string)[] = [COPY.automated];
    if (options.privacyUrl) {
      about.push(' · ', h('a', { href: options.privacyUrl, target: '_blank', rel: 'noopener noreferrer' }, [COPY.privacy]));
    }
    this.panel = h('section', { id: 'ccw-panel', class: 'panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'ccw-title', 'aria-describedby': 'ccw-about', hidden: true }, [
      h('header', { class: 'header' }, [
        h('div', { class: 'heading' }, [h('h2', { id: 'ccw-title' }, [options.title]), h('p', { id: 'ccw-about', class: 'about' }, about)]),
        this.startOverButton, closeButton,
      ]),
      this.confirm,
      h('div', { class: 'body' }, [this.log, this.jump]),
      this.notice,
      this.error.element,
      this.composer.form,
    ]);
    root.append(h('div', { class: 'root' }, [this.panel, this.launcher, this.announcer]));
    this.guard = new PageGuard(root.host as HTMLElement);
    const win = root.host.ownerDocument.defaultView;
    this.fullScreen = win?.matchMedia ? win.matchMedia(FULL_SCREEN_QUERY) : null;
    this.fullScreen?.addEventListener?.('change', () => this.updateModal());

    this.launcher.addEventListener('click', () => handlers.onToggle());
    closeButton.addEventListener('click', () => handlers.onClose());
    this.startOverButton.addEventListener('click', () => this.askStartOver());
    confirmYes.addEventListener('click', () => {
      this.confirm.hidden = true;
      handlers.onStartOver();
    });
    this.confirmNo.addEventListener('click', () => this.cancelStartOver());
    this.noticeAction.addEventListener('click', () => handlers.onStartNew());
    this.error.retryButton.addEventListener('click', () => {
      this.composer.input.focus(); // the retry button disappears on success: keep focus in the box
      this.submit();
    });
    this.jump.addEventListener('click', () => this.readNew());
    this.log.addEventListener('scroll', () => {
      this.pinned = this.atBottom();
      if (this.pinned) this.jump.hidden = true;
    });
    this.keepPinned(win);
    this.panel.addEventListener('keydown', (event) => this.onPanelKey(event));
  }

  get input(): HTMLTextAreaElement {
    return this.composer.input;
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  /** Whether the panel fills the screen (and is therefore modal). */
  get isModal(): boolean {
    return this.isOpen && Boolean(this.fullScreen?.matches);
  }

  setOpen(open: boolean): void {
    this.panel.hidden = !open;
    this.launcher.setAttribute('aria-expanded', String(open));
    this.launcher.setAttribute('aria-label', open ? COPY.launcherHide : COPY.launcherOpen);
    this.launcher.classList.toggle('is-open', open);
    this.updateModal();
    if (open) this.scrollToEnd();
  }

  /** `after`: the reply goes right under its question, ahead of messages sent since. */
  appendMessage(message: TranscriptMessage, kind: MessageKind = 'quiet', after?: HTMLElement): HTMLElement {
    const follow = kind === 'own' || this.atBottom();
    const item = renderMessage(message);
    const next = after?.parentNode === this.log ? after.nextSibling : this.typing.parentNode === this.log ? this.typing : null;
    this.log.insertBefore(item, next);
    if (kind === 'own') this.scrollToEnd();
    else if (follow) this.showStartOf(item);
    else this.jump.hidden = false; // the visitor is reading further up: leave them there
    if (kind === 'reply') this.announce(`${COPY.assistant}: ${message.text}`);
    return item;
  }

  /** Replace the whole transcript (restore, another tab's turn) without reading it aloud. */
  showTranscript(messages: TranscriptMessage[]): void {
    this.log.replaceChildren(...messages.map(renderMessage));
    this.jump.hidden = true;
    this.scrollToEnd();
  }

  /** Drop everything shown before `item` (a typed "start over" began a new conversation). */
  clearBefore(item: HTMLElement): void {
    while (item.previousSibling) item.previousSibling.remove();
  }

  clearMessages(): void {
    this.log.replaceChildren();
    this.jump.hidden = true;
  }

  /** The dots sit in the log, right under the last message. */
  setTyping(on: boolean): void {
    if (!on) {
      this.typing.remove();
      return;
    }
    const follow = this.atBottom();
    this.log.append(this.typing);
    if (follow) this.scrollToEnd();
  }

  setCanStartOver(can: boolean): void {
    this.startOverButton.hidden = !can;
    if (!can) this.confirm.hidden = true;
  }

  setBusy(busy: boolean): void {
    this.startOverButton.disabled = busy;
  }

  setNotice(content: NoticeContent | null, offerNew = false): void {
    const follow = this.atBottom(); // measured before the notice takes room from the log
    this.noticeText.replaceChildren(...(content ?? []));
    this.notice.hidden = content === null;
    this.noticeAction.hidden = !offerNew;
    if (follow) this.scrollToEnd();
  }

  /** The conversation has ended: the box is off, the notice offers a new conversation. */
  setClosed(closed: boolean): void {
    this.composer.setEnabled(!closed);
  }

  /** Show a failure; with `retry`, offer a button that sends the text in the box again. */
  showError(text: string | ((secondsLeft: number) => string), retry: { afterSeconds?: number } | null = null): void {
    const follow = this.atBottom();
    this.error.show(text, retry);
    if (follow) this.scrollToEnd();
  }

  clearError(): void {
    this.error.clear();
  }

  get inputValue(): string {
    return this.composer.value;
  }

  set inputValue(value: string) {
    this.composer.value = value;
  }

  focusInput(): void {
    this.composer.input.focus();
  }

  focusLauncher(): void {
    this.launcher.focus();
  }

  /** Say something once to screen readers (a new reply, why a message was not sent). */
  announce(text: string): void {
    this.announcer.replaceChildren(h('p', {}, [text]));
  }

  private submit(): void {
    const text = this.composer.value.trim();
    if (!text || this.composer.input.disabled) return;
    if (this.composer.tooLong) {
      this.announce(COPY.tooLong);
      return;
    }
    if (this.error.waiting) {
      this.announce(this.error.message); // still rate limited: say how long, again
      return;
    }
    this.handlers.onSubmit(text);
  }

  private askStartOver(): void {
    this.confirm.hidden = false;
    this.confirmNo.focus(); // the safe choice has focus
  }

  private cancelStartOver(): void {
    this.confirm.hidden = true;
    this.focusInput();
  }

  private onPanelKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      if (!this.confirm.hidden) this.cancelStartOver();
      else this.handlers.onClose();
      return;
    }
    if (this.isModal) trapTab(event, this.panel, this.root);
  }

  private updateModal(): void {
    const modal = this.isModal;
    this.panel.setAttribute('aria-modal', String(modal));
    if (modal) this.guard.on();
    else this.guard.off();
  }

  /**
   * When the log shrinks (the handoff notice or an error appears, the phone's keyboard opens,
   * the viewport gets short), keep the newest message in view if the visitor was at the end;
   * if they were reading further up, offer the "new messages" pill instead of moving them.
   */
  private keepPinned(win: (Window & typeof globalThis) | null): void {
    if (!win?.ResizeObserver) return;
    new win.ResizeObserver(() => {
      if (this.pinned) this.scrollToEnd();
    }).observe(this.log);
  }

  private atBottom(): boolean {
    return this.log.scrollHeight - this.log.scrollTop - this.log.clientHeight < 24;
  }

  private scrollToEnd(): void {
    this.pinned = true;
    this.log.scrollTop = this.log.scrollHeight;
  }

  /** Scroll so a reply's first line is in view; a short reply simply ends the log. */
  private showStartOf(item: HTMLElement): void {
    this.log.scrollTop = Math.min(item.offsetTop - 12, this.log.scrollHeight - this.log.clientHeight);
  }

  private readNew(): void {
    const replies = this.log.querySelectorAll<HTMLElement>('.msg-assistant:not(.typing)');
    const unread = replies[replies.length - 1];
    this.jump.hidden = true;
    if (unread) this.showStartOf(unread);
    else this.scrollToEnd();
    this.log.focus();
  }
}
