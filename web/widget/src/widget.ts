import { ChatApi } from './api';
import { accentAsText, accentOnDark, textColorOn } from './color';
import type { WidgetConfig } from './config';
import { pageContext } from './context';
import { ChatController } from './controller';
import { browserStorage, PanelMemory, SessionStore, storageKey } from './session';
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
  host.style.setProperty('--ccw-accent-text-dark', accentOnDark(config.accent));
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);

  const api = new ChatApi({ baseUrl: config.chatUrl, fetch: options.fetch, timeoutMs: options.timeoutMs });
  const key = storageKey(config.chatUrl);
  const store = new SessionStore(browserStorage(win), key);
  const panel = new PanelMemory(browserStorage(win, 'sessionStorage'), `${key}:open`);
  let controller: ChatController | undefined;
  const view = new ChatView(root, { title: config.title, privacyUrl: config.privacyUrl }, {
    onToggle: () => void controller?.toggle(),
    onClose: () => controller?.close(),
    onSubmit: (text) => void controller?.send(text),
    onStartOver: () => void controller?.startOver(),
    onStartNew: () => controller?.startNew(),
  });
  controller = new ChatController(view, {
    api,
    store,
    panel,
    context: () => pageContext(win),
    greeting: config.greeting,
    sales: config,
  });
  doc.body.append(host);
  // Another tab of this site sent a message or started over: follow it.
  win.addEventListener('storage', (event) => {
    if (store.owns(event.key)) void controller?.resync();
  });
  if (panel.wasOpen) void controller.open(false); // a reload keeps the panel the way it was
  return { host, view, controller };
}
