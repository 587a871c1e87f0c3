import { COPY } from './copy';
import { h, icon, ICONS } from './dom';
import type { Role, Source, TranscriptMessage } from './types';

export interface ViewHandlers {
  onToggle(): void;
  onClose(): void;
  onSubmit(text: string): void;
  onStartOver(): void;
}

export const MAX_MESSAGE_LENGTH = 2000;

/** The widget's DOM inside its shadow root. Knows nothing about HTTP or sessions. */
export class ChatView {
  readonly launcher: HTMLButtonElement;
  readonly panel: HTMLElement;
  readonly log: HTMLElement;
  readonly input: HTMLTextAreaElement;
  private readonly typing: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly error: HTMLElement;
  private readonly errorText: HTMLElement;
  private readonly retryButton: HTMLButtonElement;
  private readonly sendButton: HTMLButtonElement;
  private readonly startOverButton: HTMLButtonElement;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(root: ShadowRoot, title: string, private readonly handlers: ViewHandlers) {
    this.launcher = h('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'ccw-panel' }, [
      icon(ICONS.chat),
      h('span', {}, [COPY.launcherOpen]),
    ]);
    this.startOverButton = h('button', { type: 'button', class: 'text-button' }, [COPY.startOver]);
    const closeButton = h('button', { type: 'button', class: 'icon-button', 'aria-label': COPY.close }, [icon(ICONS.close)]);
    this.typing = h('div', { class: 'typing', role: 'status', hidden: true }, [
      h('span', { class: 'dots', 'aria-hidden': 'true' }, [h('span'), h('span'), h('span')]),
      h('span', { class: 'sr-only' }, [COPY.typing]),
    ]);
    this.log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': COPY.logLabel, tabindex: '0' });
    this.notice = h('p', { class: 'notice', role: 'status', hidden: true });
    this.errorText = h('p', {});
    this.retryButton = h('button', { type: 'button', class: 'retry' }, [COPY.retry]);
    this.error = h('div', { class: 'error', role: 'alert', hidden: true }, [this.errorText, this.retryButton]);
    this.input = h('textarea', {
      id: 'ccw-input', rows: '1', maxlength: String(MAX_MESSAGE_LENGTH),
      placeholder: COPY.placeholder, autocomplete: 'off', enterkeyhint: 'send',
    });
    this.sendButton = h('button', { type: 'submit', class: 'send', 'aria-label': COPY.send }, [icon(ICONS.send)]);
    const form = h('form', { class: 'composer' }, [
      h('label', { for: 'ccw-input', class: 'sr-only' }, [COPY.inputLabel]),
      this.input,
      this.sendButton,
    ]);
    this.panel = h('section', { id: 'ccw-panel', class: 'panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'ccw-title', hidden: true }, [
      h('header', { class: 'header' }, [h('h2', { id: 'ccw-title' }, [title]), this.startOverButton, closeButton]),
      h('div', { class: 'body' }, [this.log, this.typing]),
      this.notice,
      this.error,
      form,
    ]);
    root.append(h('div', { class: 'root' }, [this.panel, this.launcher]));

    this.launcher.addEventListener('click', () => handlers.onToggle());
    closeButton.addEventListener('click', () => handlers.onClose());
    this.startOverButton.addEventListener('click', () => handlers.onStartOver());
    this.retryButton.addEventListener('click', () => this.submit());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.input.addEventListener('keydown', (event) => this.onInputKey(event));
    this.input.addEventListener('input', () => this.fitInput());
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') handlers.onClose();
    });
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  setOpen(open: boolean): void {
    this.panel.hidden = !open;
    this.launcher.setAttribute('aria-expanded', String(open));
    this.launcher.classList.toggle('is-open', open);
    if (open) this.scrollToEnd();
  }

  appendMessage(message: TranscriptMessage): HTMLElement {
    const item = h('div', { class: `msg msg-${message.role}` }, [
      h('span', { class: 'sr-only' }, [`${speaker(message.role)}: `]),
      h('p', { class: 'text' }, [message.text]),
    ]);
    if (message.sources?.length) item.append(renderSources(message.sources));
    this.log.append(item);
    this.scrollToEnd();
    return item;
  }

  clearMessages(): void {
    this.log.replaceChildren();
  }

  setTyping(on: boolean): void {
    this.typing.hidden = !on;
    if (on) this.scrollToEnd();
  }

  /** While a request is in flight: no second send, no start over; typing stays allowed. */
  setBusy(busy: boolean): void {
    this.sendButton.disabled = busy;
    this.startOverButton.disabled = busy;
    this.log.setAttribute('aria-busy', String(busy));
  }

  setNotice(text: string | null): void {
    this.notice.textContent = text ?? '';
    this.notice.hidden = text === null;
    this.scrollToEnd(); // the notice takes room from the log
  }

  /** Show a failure; with `retry`, offer a button that sends the text in the box again. */
  showError(text: string, retry: { afterSeconds?: number } | null = null): void {
    clearTimeout(this.retryTimer);
    this.errorText.textContent = text;
    this.error.hidden = false;
    this.scrollToEnd();
    this.retryButton.hidden = retry === null;
    const wait = retry?.afterSeconds ?? 0;
    this.retryButton.disabled = wait > 0;
    if (wait > 0) this.retryTimer = setTimeout(() => (this.retryButton.disabled = false), wait * 1000);
  }

  clearError(): void {
    clearTimeout(this.retryTimer);
    this.error.hidden = true;
    this.errorText.textContent = '';
  }

  get inputValue(): string {
    return this.input.value;
  }

  set inputValue(value: string) {
    this.input.value = value;
    this.fitInput();
  }

  focusInput(): void {
    this.input.focus();
  }

  focusLauncher(): void {
    this.launcher.focus();
  }

  private submit(): void {
    if (this.sendButton.disabled) return;
    const text = this.input.value.trim();
    if (text) this.handlers.onSubmit(text);
  }

  private onInputKey(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    this.submit();
  }

  private fitInput(): void {
    this.input.style.height = 'auto';
    if (this.input.scrollHeight > 0) this.input.style.height = `${this.input.scrollHeight}px`;
  }

  private scrollToEnd(): void {
    this.log.scrollTop = this.log.scrollHeight;
  }
}

function speaker(role: Role): string {
  return role === 'user' ? COPY.you : COPY.assistant;
}

function renderSources(sources: Source[]): HTMLElement {
  const list = h('ul', { class: 'sources', 'aria-label': COPY.sources });
  for (const source of sources) list.append(h('li', {}, [renderSource(source)]));
  return h('div', { class: 'sources-block' }, [h('span', { class: 'sources-label', 'aria-hidden': 'true' }, [`${COPY.sources}:`]), list]);
}

/** A link when the source is a web address, otherwise a label; the file path goes in a tooltip. */
function renderSource(source: Source): HTMLElement {
  const detail = [source.category, source.source].filter(Boolean).join(' · ');
  const href = webAddress(source.source);
  const attributes: Record<string, string> = { class: 'source' };
  if (detail) attributes.title = detail;
  if (!href) return h('span', attributes, [source.title]);
  return h('a', { ...attributes, href, target: '_blank', rel: 'noopener noreferrer' }, [source.title]);
}

function webAddress(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
