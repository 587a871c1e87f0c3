import type { ReactNode } from 'react';

/** A wide table's horizontal scroller on small screens: a labelled region keyboard users can
 * focus and scroll with the arrow keys (axe: scrollable-region-focusable). */
export function ScrollX({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'scroll-x wide' : 'scroll-x'} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
