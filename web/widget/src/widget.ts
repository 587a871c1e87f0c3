import { ChatApi } from './api';
import { accentAsText, textColorOn } from './color';
import type { WidgetConfig } from './config';
import { pageContext } from './context';
import { ChatController } from './controller';
import { browserStorage, SessionStore, storageKey } from './session';
import css from './styles.css?inline';
import { ChatView } from './view';

export const HOST_ID = 'copperline-chat-widget';

export interface MountOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export interface MountedWidget {
  host: HTMLElement;
  view: ChatView;
  controller: ChatController;
}

/** Add the widget to the page: a host element with an open shadow root holding styles and UI. */
export function mount(config: WidgetConfig, win: Window = window, options: MountOptions = {}): MountedWidget {
  const doc = win.document;
  const host = doc.createElement('div');
  host.id = HOST_ID;
  host.style.setProperty('--ccw-accent', config.accent);
  host.style.setProperty('--ccw-on-accent', textColorOn(config.accent));
  host.style.setProperty('--ccw-accent-text', accentAsText(config.accent));
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);

  const api = new ChatApi({ baseUrl: config.chatUrl, fetch: options.fetch, timeoutMs: options.timeoutMs });
  const store = new SessionStore(browserStorage(win), storageKey(config.chatUrl));
  let controller: ChatController | undefined;
  const view = new ChatView(root, config.title, {
    onToggle: () => void controller?.toggle(),
    onClose: () => controller?.close(),
    onSubmit: (text) => void controller?.send(text),
    onStartOver: () => void controller?.startOver(),
  });
  controller = new ChatController(view, {
    api,
    store,
    context: () => pageContext(win),
    greeting: config.greeting,
  });
  doc.body.append(host);
  return { host, view, controller };
}
