import { COPY } from './copy';
import { h } from './dom';
import { linkParts, webUrl } from './links';
import type { Role, Source, TranscriptMessage } from './types';

/** One transcript entry: who said it (for screen readers), the text with its links, the sources. */
export function renderMessage(message: TranscriptMessage): HTMLElement {
  const text = message.role === 'assistant' ? withLinks(message.text) : [message.text];
  const item = h('div', { class: `msg msg-${message.role}` }, [
    h('span', { class: 'sr-only' }, [`${speaker(message.role)}: `]),
    h('p', { class: 'text' }, text),
  ]);
  if (message.sources?.length) item.append(renderSources(message.sources));
  return item;
}

export function speaker(role: Role): string {
  return role === 'user' ? COPY.you : COPY.assistant;
}

/** Reply text as text nodes, with web and email addresses as real links (built, never parsed). */
function withLinks(text: string): (Node | string)[] {
  return linkParts(text).map((part) =>
    part.href ? h('a', { href: part.href, target: '_blank', rel: 'noopener noreferrer' }, [part.text]) : part.text,
  );
}

function renderSources(sources: Source[]): HTMLElement {
  const list = h('ul', { class: 'sources', 'aria-label': COPY.sources });
  for (const source of sources) list.append(h('li', {}, [renderSource(source)]));
  return h('div', { class: 'sources-block' }, [h('span', { class: 'sources-label', 'aria-hidden': 'true' }, [`${COPY.sources}:`]), list]);
}

/**
 * A link (focusable, underlined) when the source is a web address; otherwise a plain label that
 * does not look clickable. Visitors see the title and the category, never an internal path.
 */
function renderSource(source: Source): HTMLElement {
  const href = webUrl(source.source);
  const detail = source.category ?? '';
  const attributes: Record<string, string> = { class: href ? 'source source-link' : 'source' };
  if (detail) attributes.title = detail;
  if (!href) return h('span', attributes, [source.title]);
  return h('a', { ...attributes, href, target: '_blank', rel: 'noopener noreferrer' }, [source.title]);
}
