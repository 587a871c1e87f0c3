import { DEFAULT_ACCENT, parseAccent } from './color';
import { webUrl } from './links';

export interface WidgetConfig {
  /** Absolute base URL of the chat function, without a trailing slash. */
  chatUrl: string;
  title: string;
  accent: string;
  greeting: string;
  /** http(s) address of the site's privacy notice, linked from the panel header. */
  privacyUrl: string | null;
  /** Where the handoff banner sends visitors when no contact was arranged. */
  salesEmail: string | null;
  salesPhone: string | null;
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
    privacyUrl: webUrl(data.privacyUrl, pageUrl),
    salesEmail: matching(data.salesEmail, /^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i),
    salesPhone: matching(data.salesPhone, /^\+?[\d\s().-]{5,25}$/),
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

/** The trimmed value when it has the expected form, else null (never half-trusted). */
function matching(value: string | undefined, pattern: RegExp): string | null {
  const text = value?.trim() ?? '';
  return pattern.test(text) ? text : null;
}
