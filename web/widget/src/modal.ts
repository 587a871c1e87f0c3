/**
 * The full-screen panel is a true modal: the page behind it is inert (no focus, hidden from
 * screen readers) and does not scroll, and Tab cycles inside the panel.
 * The floating panel on large screens stays non-modal, like Intercom's or Crisp's.
 */

/** Small screens, by width or by height (phones in landscape, 200% zoom): the panel fills them. */
export const FULL_SCREEN_QUERY = '(max-width: 480px), (max-height: 500px)';

export class PageGuard {
  private inerted: Element[] = [];
  private savedOverflow: string | null = null;

  constructor(private readonly host: HTMLElement) {}

  get active(): boolean {
    return this.savedOverflow !== null;
  }

  on(): void {
    if (this.active) return;
    const doc = this.host.ownerDocument;
    for (const element of Array.from(doc.body.children)) {
      if (element === this.host || element.hasAttribute('inert')) continue;
      element.setAttribute('inert', '');
      this.inerted.push(element);
    }
    this.savedOverflow = doc.documentElement.style.overflow;
    doc.documentElement.style.overflow = 'hidden';
  }

  off(): void {
    if (!this.active) return;
    for (const element of this.inerted) element.removeAttribute('inert');
    this.inerted = [];
    this.host.ownerDocument.documentElement.style.overflow = this.savedOverflow ?? '';
    this.savedOverflow = null;
  }
}

const FOCUSABLE = 'a[href], button:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/** Keep Tab and Shift+Tab inside `container` (inside a shadow root, `root` knows the focus). */
export function trapTab(event: KeyboardEvent, container: HTMLElement, root: ShadowRoot): void {
  if (event.key !== 'Tab') return;
  const items = Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) => !element.closest('[hidden]') && element.getClientRects().length > 0,
  );
  if (!items.length) return;
  const first = items[0];
  const last = items[items.length - 1];
  const current = root.activeElement;
  if (event.shiftKey && (current === first || !container.contains(current))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (current === last || !container.contains(current))) {
    event.preventDefault();
    first.focus();
  }
}
