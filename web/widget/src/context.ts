import type { MessageContext } from './types';

/** What the chat function may know about where the visitor is: page, language, time zone. */
export function pageContext(win: Window): MessageContext {
  const context: MessageContext = { page_url: win.location.href.slice(0, 2000) };
  const locale = win.navigator.language;
  if (locale) context.locale = locale;
  try {
    const timezone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (timezone) context.timezone = timezone;
  } catch {
    // An engine without Intl time zones just sends no time zone.
  }
  return context;
}
