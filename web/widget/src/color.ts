/** Accent colour handling: accept only hex colours and keep text on them readable. */

export const DEFAULT_ACCENT = '#8a4b22';
const WHITE = '#ffffff';
const INK = '#1f1a17';

/** `#rgb` or `#rrggbb` normalised to lower-case `#rrggbb`; anything else is null. */
export function parseAccent(value: string | null | undefined): string | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((value ?? '').trim());
  if (!match) return null;
  const hex = match[1].toLowerCase();
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return `#${full}`;
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** White or near-black, whichever reads better on the given background. */
export function textColorOn(background: string): string {
  return contrastRatio(background, WHITE) >= contrastRatio(background, INK) ? WHITE : INK;
}

/** The accent when it is readable as text on white (AA, 4.5:1), else the ink colour. */
export function accentAsText(accent: string): string {
  return contrastRatio(accent, WHITE) >= 4.5 ? accent : INK;
}

/** The dark theme's panel colour. */
export const DARK_SURFACE = '#1f1b18';
const LIGHT_INK = '#f3ede7';

/** The accent when it is readable as text on the dark panel (AA, 4.5:1), else light ink. */
export function accentOnDark(accent: string): string {
  return contrastRatio(accent, DARK_SURFACE) >= 4.5 ? accent : LIGHT_INK;
}
