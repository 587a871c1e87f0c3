import { DEFAULT_ACCENT, parseAccent } from './color';

export interface WidgetConfig {
  /** Absolute base URL of the chat function, without a trailing slash. */
  chatUrl: string;
  title: string;
  accent: string;
  greeting: string;
}

export const DEFAULT_TITLE = 'Chat with us';
export const DEFAULT_GREETING =
  'Hi! Ask me anything about our coffee, equipment or services, and I can put you in touch with our team.';

/**
 * Read the widget's settings from its `<script>` tag's data attributes.
 * Returns null (and the widget stays off) when `data-chat-url` is missing or not http(s).
 */
export function readConfig(script: HTMLOrSVGScriptElement | null, pageUrl: string): WidgetConfig | null {
  const data = script instanceof HTMLElement ? script.dataset : {};
  const chatUrl = resolveChatUrl(data.chatUrl, pageUrl);
  if (!chatUrl) return null;
  return {
    chatUrl,
    title: cleanText(data.title) ?? DEFAULT_TITLE,
    accent: parseAccent(data.accent) ?? DEFAULT_ACCENT,
    greeting: cleanText(data.greeting) ?? DEFAULT_GREETING,
  };
}

/** Absolute http(s) URL for a possibly relative `data-chat-url`, or null. */
export function resolveChatUrl(raw: string | undefined, pageUrl: string): string | null {
  if (!raw || !raw.trim()) return null;
  try {
    const url = new URL(raw.trim(), pageUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    url.search = '';
    return url.href.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

function cleanText(value: string | undefined): string | null {
  const text = value?.trim();
  return text ? text.slice(0, 80) : null;
}
