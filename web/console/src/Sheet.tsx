/**
 * A detail panel: beside the list on wide screens, a modal sheet on small ones (<= 900 px).
 * Either way focus moves into it when it opens, Escape closes it and focus returns to the
 * control that opened it; as a modal, Tab cycles inside it.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

export const SMALL_SCREEN = '(max-width: 900px)';

export function useMedia(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const list = window.matchMedia?.(query);
    if (!list) return;
    const follow = () => setMatches(list.matches);
    list.addEventListener('change', follow);
    return () => list.removeEventListener('change', follow);
  }, [query]);
  return matches;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/** Keep Tab inside `root` (a modal's focus trap). */
function wrapTab(event: React.KeyboardEvent, root: HTMLElement): void {
  const items = Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE));
  if (items.length === 0) return;
  const first = items[0];
  const last = items[items.length - 1];
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

export function Sheet({ label, onClose, children }: { label: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const modal = useMedia(SMALL_SCREEN);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (modal && event.key === 'Tab' && ref.current) {
      wrapTab(event, ref.current);
    }
  }
  return (
    <>
      {modal && <div className="backdrop" onClick={onClose} aria-hidden="true" />}
      <aside
        ref={ref}
        role={modal ? 'dialog' : 'complementary'}
        aria-modal={modal || undefined}
        aria-label={label}
        tabIndex={-1}
        className={modal ? 'panel sheet' : 'panel'}
        onKeyDown={onKeyDown}
      >
        <button className="close" onClick={onClose} aria-label={`Close ${label.toLowerCase()}`}>×</button>
        {children}
      </aside>
    </>
  );
}
