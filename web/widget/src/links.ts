/** Links the widget may build: http(s) and mailto only, always as elements with text nodes. */

/** An absolute http(s) address for `raw` (relative to `base` when given), or null. */
export function webUrl(raw: string | undefined, base?: string): string | null {
  if (!raw || !raw.trim()) return null;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

// A web address or an email address inside running text. Trailing punctuation is not part of it.
const LINK_RE = /\bhttps?:\/\/[^\s<>"']+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/gi;
const TRAILING_RE = /[.,;:!?)\]}'"]+$/;

export interface TextPart {
  text: string;
  href?: string;
}

/** Split reply text into plain parts and link parts; nothing is parsed as HTML. */
export function linkParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK_RE)) {
    const found = match[0].replace(TRAILING_RE, '');
    const start = match.index ?? 0;
    const href = found.includes('://') ? webUrl(found) : `mailto:${found}`;
    if (!href || !found) continue;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: found, href });
    last = start + found.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
