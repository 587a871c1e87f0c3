import type { ReactNode } from 'react';

/** A wide table's horizontal scroller on small screens: a labelled region keyboard users can
 * focus and scroll with the arrow keys (axe: scrollable-region-focusable). */
export function ScrollX({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="scroll-x" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
