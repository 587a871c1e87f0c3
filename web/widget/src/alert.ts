import { COPY } from './copy';
import { h } from './dom';

/**
 * The error bar: a plain sentence, optionally a "Try again" button, and for a 429 a countdown
 * during which neither Send nor the button works. Screen readers hear the sentence once, from
 * an alert that is written once per error (and once more when the wait is over); the visible
 * countdown ticks outside it, hidden from them, so it is not re-announced every second.
 */
export class ErrorBar {
  readonly element: HTMLElement;
  readonly retryButton: HTMLButtonElement;
  private readonly text: HTMLElement;
  private readonly live: HTMLElement;
  private countdown: ReturnType<typeof setInterval> | undefined;
  private waitUntil = 0;

  constructor() {
    this.text = h('p', { 'aria-hidden': 'true' });
    this.live = h('p', { class: 'sr-only', role: 'alert' });
    this.retryButton = h('button', { type: 'button', class: 'retry' }, [COPY.retry]);
    this.element = h('div', { class: 'error', hidden: true }, [this.text, this.live, this.retryButton]);
  }

  /** Still inside a rate limit's wait. */
  get waiting(): boolean {
    return Date.now() < this.waitUntil;
  }

  get message(): string {
    return this.text.textContent ?? '';
  }

  show(text: string | ((secondsLeft: number) => string), retry: { afterSeconds?: number } | null): void {
    this.clear();
    const wait = retry?.afterSeconds ?? 0;
    const say = (left: number) => (typeof text === 'string' ? text : text(left));
    this.text.textContent = say(wait);
    this.live.textContent = say(wait);
    this.element.hidden = false;
    this.retryButton.hidden = retry === null;
    this.retryButton.disabled = wait > 0;
    if (wait <= 0) return;
    this.waitUntil = Date.now() + wait * 1000;
    this.countdown = setInterval(() => {
      const left = Math.ceil((this.waitUntil - Date.now()) / 1000);
      if (left > 0) {
        this.text.textContent = say(left);
        return;
      }
      this.stop();
      this.text.textContent = COPY.canSendAgain;
      this.live.textContent = COPY.canSendAgain;
      this.retryButton.disabled = false;
    }, 1000);
  }

  clear(): void {
    this.stop();
    this.element.hidden = true;
    this.text.textContent = '';
    this.live.textContent = '';
  }

  private stop(): void {
    clearInterval(this.countdown);
    this.countdown = undefined;
    this.waitUntil = 0;
  }
}
