import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionStore, storageKey } from '../src/session';
import { mount } from '../src/widget';
import { FakeChatServer, jsonResponse } from './fake-server';

const GREETING = 'Hello! How can we help?';

function start(server = new FakeChatServer()) {
  const widget = mount({ chatUrl: server.base, title: 'Copperline', accent: '#8a4b22', greeting: GREETING, privacyUrl: null, salesEmail: null, salesPhone: null }, window, {
    fetch: server.fetch,
  });
  const root = widget.host.shadowRoot!;
  const store = new SessionStore(window.localStorage, storageKey(server.base));
  const q = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const texts = () => [...root.querySelectorAll('.msg .text')].map((el) => el.textContent);
  const alert = () => q('.error');
  return { server, store, root, q, texts, alert, ...widget };
}

function deferred() {
  let resolve!: (response: Response) => void;
  const promise = new Promise<Response>((r) => (resolve = r));
  return { promise, resolve };
}

function pressEnter(target: HTMLElement, init: KeyboardEventInit = {}) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }));
}

afterEach(() => {
  document.body.replaceChildren();
  window.localStorage.clear();
  vi.useRealTimers();
});

describe('opening and closing', () => {
  it('opens from the launcher with a greeting, an ARIA log and focus in the message box', async () => {
    const w = start();
    w.view.launcher.click();
    await vi.waitFor(() => expect(w.texts()).toEqual([GREETING]));
    expect(w.view.launcher.getAttribute('aria-expanded')).toBe('true');
    // The log is quiet; new replies are announced once through a separate live region.
    expect(w.q('[role="log"]').getAttribute('aria-live')).toBe('off');
    expect(w.q('.root > [aria-live="polite"]')).not.toBeNull();
    expect(w.q('[role="dialog"]').getAttribute('aria-describedby')).toBe('ccw-about');
    expect(w.q('#ccw-about').textContent).toContain('Automated assistant');
    expect(w.q('[role="dialog"]').hidden).toBe(false);
    expect(w.root.activeElement).toBe(w.view.input);
    expect(w.root.querySelector('label[for="ccw-input"]')?.textContent).toBe('Your message');
  });

  it('closes with Escape and gives focus back to the launcher', async () => {
    const w = start();
    await w.controller.open();
    w.view.input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(w.view.isOpen).toBe(false);
    expect(w.view.launcher.getAttribute('aria-expanded')).toBe('false');
    expect(w.root.activeElement).toBe(w.view.launcher);
  });

  it('validates the accent and picks readable text on it', () => {
    const w = start();
    expect(w.host.style.getPropertyValue('--ccw-accent')).toBe('#8a4b22');
    expect(w.host.style.getPropertyValue('--ccw-on-accent')).toBe('#ffffff');
  });
});

describe('sending', () => {
  it('sends on Enter with page URL, locale and time zone, and shows both sides of the turn', async () => {
    const w = start();
    await w.controller.open();
    w.view.inputValue = 'Do you deliver to Canada?';
    pressEnter(w.view.input);
    await vi.waitFor(() => expect(w.texts()).toEqual([GREETING, 'Do you deliver to Canada?', 'Echo: Do you deliver to Canada?']));
    const { body } = w.server.requests[0];
    expect(body?.message).toBe('Do you deliver to Canada?');
    expect(body?.context).toMatchObject({ page_url: window.location.href, locale: navigator.language });
    expect(typeof (body?.context as Record<string, unknown>).timezone).toBe('string');
    expect(w.view.inputValue).toBe('');
    expect(w.store.get()).toBe('s-1');
  });

  it('keeps Shift+Enter for a new line instead of sending', async () => {
    const w = start();
    await w.controller.open();
    w.view.inputValue = 'line one';
    pressEnter(w.view.input, { shiftKey: true });
    expect(w.server.requests).toEqual([]);
  });

  it('continues the same session on the next message', async () => {
    const w = start();
    await w.controller.open();
    await w.controller.send('one');
    await w.controller.send('two');
    expect(w.server.requests[1].body?.session_id).toBe('s-1');
  });

  it('shows typing dots under the last message and sends a message typed meanwhile after the reply', async () => {
    const w = start();
    await w.controller.open();
    const answer = deferred();
    w.server.addSession('s-7', []);
    w.server.respondNext(() => answer.promise);
    const sending = w.controller.send('hello');
    await vi.waitFor(() => expect(w.root.querySelector('.log > .typing')).not.toBeNull());
    expect(w.q('.log').lastElementChild?.classList.contains('typing')).toBe(true);
    expect(w.q<HTMLButtonElement>('.send').disabled).toBe(false);
    await w.controller.send('again'); // waits its turn instead of being dropped
    expect(w.server.requests).toHaveLength(1);
    answer.resolve(jsonResponse(200, { session_id: 's-7', reply: 'hi there', sources: [] }));
    await sending;
    await vi.waitFor(() => expect(w.server.requests).toHaveLength(2));
    await vi.waitFor(() => expect(w.root.querySelector('.typing')).toBeNull());
    expect(w.server.requests[1].body).toMatchObject({ message: 'again', session_id: 's-7' });
    expect(w.texts()).toEqual([GREETING, 'hello', 'hi there', 'again', 'Echo: again']); // each answer under its question
  });

  it('renders visitor and server text literally, never as HTML', async () => {
    const w = start();
    await w.controller.open();
    const evil = '<script>alert(1)</script><b>bold</b>';
    w.server.respondNext(() => jsonResponse(200, {
      session_id: 'x', reply: evil, sources: [{ title: '<img src=x onerror=alert(2)>', category: 'faq', source: 'faq/x.md' }],
    }));
    await w.controller.send('<img src=x onerror=alert(1)>');
    expect(w.texts()).toEqual([GREETING, '<img src=x onerror=alert(1)>', evil]);
    expect(w.root.querySelectorAll('img, script, b')).toHaveLength(0);
    expect(w.q('.source').textContent).toBe('<img src=x onerror=alert(2)>');
  });

  it('shows sources as labels, and as safe links only for web addresses', async () => {
    const w = start();
    await w.controller.open();
    w.server.respondNext(() => jsonResponse(200, {
      session_id: 'x', reply: 'The Lumen 2-Group is $9,800.',
      sources: [
        { title: 'Espresso machines', category: 'products', source: 'products/espresso-machines.md' },
        { title: 'Price list', category: 'products', source: 'https://copperline.example/prices' },
        { title: 'Sneaky', category: 'faq', source: 'javascript:alert(1)' },
      ],
    }));
    await w.controller.send('price?');
    const sources = [...w.root.querySelectorAll('.source')];
    expect(sources.map((s) => s.tagName)).toEqual(['SPAN', 'A', 'SPAN']);
    expect(sources[0].getAttribute('title')).toBe('products');
    expect(sources[1].getAttribute('rel')).toBe('noopener noreferrer');
    expect(w.q('.sources').getAttribute('aria-label')).toBe('Sources');
  });

  it('announces a handoff to sales', async () => {
    const w = start();
    await w.controller.open();
    w.server.respondNext(() => jsonResponse(200, { session_id: 'x', reply: 'Thanks!', sources: [], handoff: true }));
    await w.controller.send('please call me');
    expect(w.q('.notice').hidden).toBe(false);
    expect(w.q('.notice').textContent).toMatch(/sales team/);
  });
});

describe('failures', () => {
  it('on a network error explains, keeps the typed text, and retries from the button', async () => {
    const w = start();
    await w.controller.open();
    w.server.respondNext(() => Promise.reject(new TypeError('Failed to fetch')));
    await w.controller.send('What are your payment terms?');
    expect(w.alert().hidden).toBe(false);
    expect(w.alert().textContent).toMatch(/can’t reach/);
    expect(w.view.inputValue).toBe('What are your payment terms?');
    expect(w.texts()).toEqual([GREETING]);

    w.q<HTMLButtonElement>('.retry').click();
    await vi.waitFor(() => expect(w.texts()).toHaveLength(3));
    expect(w.alert().hidden).toBe(true);
    expect(w.view.inputValue).toBe('');
  });

  it('keeps what the visitor typed while the failed request was in flight', async () => {
    const w = start();
    await w.controller.open();
    const answer = deferred();
    w.server.respondNext(() => answer.promise);
    const sending = w.controller.send('first');
    w.view.inputValue = 'second';
    answer.resolve(new Response('nope', { status: 500 }));
    await sending;
    expect(w.view.inputValue).toBe('first\nsecond');
  });

  it('on 429 shows the wait time and enables retry only after it', async () => {
    vi.useFakeTimers();
    const w = start();
    await w.controller.open();
    w.server.respondNext(() => jsonResponse(429, { error: { code: 'rate_limited', message: 'x' } }, { 'Retry-After': '7' }));
    await w.controller.send('hello');
    expect(w.alert().textContent).toMatch(/wait 7 seconds/);
    expect(w.view.inputValue).toBe('hello');
    const retry = w.q<HTMLButtonElement>('.retry');
    expect(retry.disabled).toBe(true);
    await vi.advanceTimersByTimeAsync(7000);
    expect(retry.disabled).toBe(false);
  });

  it('on a 4xx says the message could not be sent', async () => {
    const w = start();
    await w.controller.open();
    w.server.respondNext(() => jsonResponse(413, { error: { code: 'too_large', message: 'x' } }));
    await w.controller.send('long text');
    expect(w.alert().textContent).toMatch(/too long/);
    expect(w.view.inputValue).toBe('long text');
  });

  it('on malformed JSON apologises and keeps the text', async () => {
    const w = start();
    await w.controller.open();
    w.server.respondNext(() => new Response('{"session_id": ', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    await w.controller.send('hello');
    expect(w.alert().textContent).toMatch(/went wrong on our side/);
    expect(w.view.inputValue).toBe('hello');
  });
});

describe('sessions across reloads', () => {
  it('restores the transcript and the handoff notice of a remembered session', async () => {
    const server = new FakeChatServer();
    server.addSession('abc', [
      { role: 'user', text: 'Hi, I run two cafés', at: '2026-01-01T00:00:00Z' },
      { role: 'assistant', text: 'Great, how can we help?', at: '2026-01-01T00:00:01Z' },
    ], { handoff: true });
    window.localStorage.setItem(storageKey(server.base), 'abc');
    const w = start(server);
    await w.controller.open();
    expect(w.texts()).toEqual([GREETING, 'Hi, I run two cafés', 'Great, how can we help?']);
    expect(w.q('.notice').hidden).toBe(false);
    expect(w.server.requests[0]).toMatchObject({ method: 'GET', path: '/sessions/abc' });
  });

  it('drops a stale session quietly and starts a new one', async () => {
    const server = new FakeChatServer();
    window.localStorage.setItem(storageKey(server.base), 'gone');
    const w = start(server);
    await w.controller.open();
    expect(w.texts()).toEqual([GREETING]);
    expect(w.alert().hidden).toBe(true);
    expect(w.store.get()).toBeNull();
    await w.controller.send('hello');
    expect(w.server.requests[1].body?.session_id).toBeUndefined();
    expect(w.store.get()).toBe('s-1');
  });

  it('starts a new session quietly when the server forgets it between messages', async () => {
    const server = new FakeChatServer();
    server.addSession('abc', []);
    window.localStorage.setItem(storageKey(server.base), 'abc');
    const w = start(server);
    await w.controller.open();
    server.sessions.delete('abc');
    await w.controller.send('hello again');
    expect(w.server.requests.slice(1).map((r) => r.body?.session_id)).toEqual(['abc', undefined]);
    expect(w.alert().hidden).toBe(true);
    expect(w.texts()).toEqual([GREETING, 'hello again', 'Echo: hello again']);
    expect(w.store.get()).toBe('s-1');
  });

  it('keeps the session id and stays usable when the transcript cannot be loaded', async () => {
    const server = new FakeChatServer();
    server.addSession('abc', []);
    window.localStorage.setItem(storageKey(server.base), 'abc');
    server.respondNext(() => new Response('down', { status: 503 }));
    const w = start(server);
    await w.controller.open();
    expect(w.alert().textContent).toMatch(/earlier messages/);
    await w.controller.send('still there?');
    expect(w.server.requests[1].body?.session_id).toBe('abc');
    expect(w.alert().hidden).toBe(true);
  });
});

describe('start over', () => {
  it('deletes the session, clears the transcript and notice, and greets again', async () => {
    const w = start();
    await w.controller.open();
    w.server.respondNext(() => jsonResponse(200, { session_id: 's-9', reply: 'ok', sources: [], handoff: true }));
    await w.controller.send('hello');
    w.q<HTMLButtonElement>('.text-button').click();
    expect(w.q('.confirm').hidden).toBe(false);
    expect(w.server.requests).toHaveLength(1); // nothing is deleted before the visitor confirms
    expect(w.root.activeElement?.textContent).toBe('Keep chatting');
    w.q<HTMLButtonElement>('.confirm .danger').click();
    await vi.waitFor(() => expect(w.texts()).toEqual([GREETING]));
    expect(w.q<HTMLButtonElement>('.text-button').hidden).toBe(true);
    expect(w.server.requests[1]).toMatchObject({ method: 'DELETE', path: '/sessions/s-9' });
    expect(w.store.get()).toBeNull();
    expect(w.q('.notice').hidden).toBe(true);
    expect(w.root.activeElement).toBe(w.view.input);
  });

  it('keeps the conversation and says so when the server cannot erase it', async () => {
    const w = start();
    await w.controller.open();
    await w.controller.send('hello');
    w.server.respondNext(() => Promise.reject(new TypeError('Failed to fetch')));
    await w.controller.startOver();
    expect(w.texts()).toHaveLength(3);
    expect(w.store.get()).toBe('s-1');
    expect(w.alert().textContent).toMatch(/couldn’t clear/);
  });
});
