import { COPY, counterText } from './copy';
import { h, icon, ICONS } from './dom';

export const MAX_MESSAGE_LENGTH = 2000;
/** The counter appears once the text is this close to the limit. */
const COUNTER_FROM = 1800;

/**
 * The message box and Send button. Never disabled while a reply is pending (focus stays here and
 * a message sent meanwhile waits its turn); disabled only when the conversation has ended.
 * Text over the limit is kept, counted and not sent, instead of being cut silently.
 */
export class Composer {
  readonly form: HTMLFormElement;
  readonly input: HTMLTextAreaElement;
  readonly sendButton: HTMLButtonElement;
  private readonly counter: HTMLElement;

  constructor(onSubmit: () => void) {
    this.input = h('textarea', {
      id: 'ccw-input', rows: '1', placeholder: COPY.placeholder, autocomplete: 'off', enterkeyhint: 'send',
      'aria-describedby': 'ccw-counter',
    });
    this.sendButton = h('button', { type: 'submit', class: 'send', 'aria-label': COPY.send }, [icon(ICONS.send)]);
    this.counter = h('span', { id: 'ccw-counter', class: 'counter', hidden: true });
    this.form = h('form', { class: 'composer' }, [
      h('label', { for: 'ccw-input', class: 'sr-only' }, [COPY.inputLabel]),
      h('div', { class: 'field' }, [this.input, this.counter]),
      this.sendButton,
    ]);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.input.focus(); // a click on Send must not leave focus on the button or the page
      onSubmit();
    });
    this.input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
      event.preventDefault();
      onSubmit();
    });
    this.input.addEventListener('input', () => this.refresh());
  }

  get value(): string {
    return this.input.value;
  }

  set value(value: string) {
    this.input.value = value;
    this.refresh();
  }

  get tooLong(): boolean {
    return this.input.value.trim().length > MAX_MESSAGE_LENGTH;
  }

  setEnabled(enabled: boolean): void {
    this.input.disabled = !enabled;
    this.sendButton.disabled = !enabled;
    this.input.placeholder = enabled ? COPY.placeholder : COPY.closedPlaceholder;
  }

  private refresh(): void {
    const length = this.input.value.trim().length;
    this.counter.hidden = length < COUNTER_FROM;
    this.counter.textContent = counterText(length, MAX_MESSAGE_LENGTH);
    const over = length > MAX_MESSAGE_LENGTH;
    this.counter.classList.toggle('over', over);
    if (over) this.input.setAttribute('aria-invalid', 'true');
    else this.input.removeAttribute('aria-invalid');
    this.input.style.height = 'auto';
    if (this.input.scrollHeight > 0) this.input.style.height = `${this.input.scrollHeight}px`;
  }
}
