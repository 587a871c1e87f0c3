// Issue 16 (the widget reviewed in a browser): the pieces that can be checked without one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseReply } from '../src/api';
import { handoffNotice } from '../src/banner';
import { readConfig } from '../src/config';
import { startedOver } from '../src/controller';
import { linkParts } from '../src/links';
import { renderMessage } from '../src/messages';
import { SessionStore, storageKey } from '../src/session';
import { mount } from '../src/widget';
import { FakeChatServer, jsonResponse } from './fake-server';

const GREETING = 'Hello!';
const NO_SALES = { salesEmail: null, salesPhone: null };

function start(server = new FakeChatServer(), extra: Partial<Parameters<typeof mount>[0]> = {}) {
  const config = { chatUrl: server.base, title: 'T', accent: '#8a4b22', greeting: GREETING, privacyUrl: null, ...NO_SALES, ...extra };
  const widget = mount(config, window, { fetch: server.fetch });
  const root = widget.host.shadowRoot!;
  const q = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const texts = () => [...root.querySelectorAll('.msg:not(.typing) .text')].map((el) => el.textContent);
  return { server, root, q, texts, store: new SessionStore(window.localStorage, storageKey(server.base)), ...widget };
}

const noticeText = (parts: (Node | string)[]) => parts.map((p) => (typeof p === 'string' ? p : p.textContent)).join('');

afterEach(() => {
  document.body.replaceChildren();
  window.localStorage.clear();
  window.sessionStorage.clear();
  vi.useRealTimers();
});

describe('links in replies', () => {
  it('finds http(s) and email addresses and leaves trailing punctuation out', () => {
    expect(linkParts('See https://a.example/x?y=1. Or mail sales@copperline.coffee, thanks')).toEqual([
      { text: 'See ' },
      { text: 'https://a.example/x?y=1', href: 'https://a.example/x?y=1' },
      { text: '. Or mail ' },
      { text: 'sales@copperline.coffee', href: 'mailto:sales@copperline.coffee' },
      { text: ', thanks' },
    ]);
  });

  it('never links other schemes and builds links as elements with text, not HTML', () => {
    expect(linkParts('javascript:alert(1) data:text/html,x ftp://a.example')).toEqual([{ text: 'javascript:alert(1) data:text/html,x ftp://a.example' }]);
    const item = renderMessage({ role: 'assistant', text: 'Go to https://a.example/<img src=x onerror=alert(1)>' });
    expect(item.querySelectorAll('img')).toHaveLength(0);
    expect(item.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(item.querySelector('.text')?.textContent).toBe('Go to https://a.example/<img src=x onerror=alert(1)>');
  });

  it('shows a source by its title and category, never its internal file path', () => {
    const item = renderMessage({ role: 'assistant', text: 'Yes.', sources: [{ title: 'Lumen 2-Group', category: 'products', source: 'products/espresso-machines.md#Lumen 2-Group' }] });
    const source = item.querySelector('.source');
    expect(source?.textContent).toBe('Lumen 2-Group');
    expect(source?.getAttribute('title')).toBe('products');
    expect(item.outerHTML).not.toContain('.md');
  });

  it('leaves the visitor’s own text unlinked', () => {
    expect(renderMessage({ role: 'user', text: 'mail me at ana@example.com' }).querySelector('a')).toBeNull();
  });
});

describe('handoff banner', () => {
  it('promises contact only by the channel the API reports', () => {
    expect(noticeText(handoffNotice({ handoff: true, handoff_channel: 'email' }, NO_SALES))).toMatch(/contact you by email/);
    expect(noticeText(handoffNotice({ handoff: true, handoff_channel: 'phone' }, NO_SALES))).toMatch(/contact you by phone/);
  });

  it('without a channel says how to reach sales instead, never "will be in touch"', () => {
    const plain = noticeText(handoffNotice({ handoff: true, handoff_channel: null }, NO_SALES));
    expect(plain).toMatch(/see the message above/);
    const parts = handoffNotice({ handoff: true, handoff_channel: null }, { salesEmail: 's@a.example', salesPhone: '+1 503 555 0142' });
    expect(noticeText(parts)).toBe('To talk to a person on our sales team, email s@a.example or call +1 503 555 0142.');
    const links = parts.filter((p): p is HTMLAnchorElement => typeof p !== 'string');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['mailto:s@a.example', 'tel:+15035550142']);
    for (const text of [plain, noticeText(parts)]) expect(text).not.toMatch(/will (be in touch|contact|reach|call)/);
  });

  it('reads a missing or unknown handoff_channel (an older server) as nothing arranged', () => {
    expect(parseReply({ session_id: 'x', reply: 'ok', handoff: true }).handoff_channel).toBeNull();
    expect(parseReply({ session_id: 'x', reply: 'ok', handoff: true, handoff_channel: 'pigeon' }).handoff_channel).toBeNull();
    expect(parseReply({ session_id: 'x', reply: 'ok', handoff: true, handoff_channel: 'email' }).handoff_channel).toBe('email');
  });
});

describe('session secret (issue 15)', () => {
  it('keeps the secret of the turn that created the session and sends it on later turns, GET and DELETE', async () => {
    const server = new FakeChatServer();
    server.respondNext(() => jsonResponse(200, { session_id: 's-1', reply: 'hi', sources: [], session_secret: 'sekrit' }));
    server.addSession('s-1', []);
    const w = start(server);
    await w.controller.open();
    await w.controller.send('hello');
    await w.controller.send('again'); // later turns carry no secret; the stored one stays
    expect(w.store.secret()).toBe('sekrit');
    // issue 27: a turn on the existing session carries the secret, or its reply comes masked
    expect(server.requests.at(-1)).toMatchObject({ method: 'POST', path: '/messages', headers: { 'x-session-secret': 'sekrit' } });
    await w.controller.resync();
    expect(server.requests.at(-1)).toMatchObject({ method: 'GET', headers: { 'x-session-secret': 'sekrit' } });
    await w.controller.startOver();
    expect(server.requests.at(-1)).toMatchObject({ method: 'DELETE', headers: { 'x-session-secret': 'sekrit' } });
    expect(w.store.secret()).toBeNull();
  });

  it('sends no header when the server gave no secret (a server before issue 15)', async () => {
    const server = new FakeChatServer();
    server.addSession('old', []);
    window.localStorage.setItem(storageKey(server.base), 'old');
    const w = start(server);
    await w.controller.open();
    expect(server.requests[0]).toMatchObject({ method: 'GET', path: '/sessions/old' });
    expect(server.requests[0].headers['x-session-secret']).toBeUndefined();
  });

  it('forgets an old secret when a different session id arrives', () => {
    const store = new SessionStore(window.localStorage, 'k');
    store.set('a', 'one');
    store.set('b');
    expect(store.secret()).toBeNull();
  });
});

describe('configuration', () => {
  const tag = (attrs: Record<string, string>) => {
    const script = document.createElement('script');
    for (const [k, v] of Object.entries(attrs)) script.setAttribute(k, v);
    return script;
  };

  it('reads the privacy link and the sales contact, refusing anything odd', () => {
    const good = readConfig(tag({ 'data-chat-url': '/chat', 'data-privacy-url': '/privacy#chat', 'data-sales-email': 'sales@a.example', 'data-sales-phone': '+1 (503) 555-0142' }), 'https://a.example/x');
    expect(good).toMatchObject({ privacyUrl: 'https://a.example/privacy#chat', salesEmail: 'sales@a.example', salesPhone: '+1 (503) 555-0142' });
    const bad = readConfig(tag({ 'data-chat-url': '/chat', 'data-privacy-url': 'javascript:alert(1)', 'data-sales-email': '<b>@x', 'data-sales-phone': 'call me' }), 'https://a.example/x');
    expect(bad).toMatchObject({ privacyUrl: null, salesEmail: null, salesPhone: null });
  });

  it('labels the assistant as automated and links the privacy notice in the panel header', () => {
    const w = start(new FakeChatServer(), { privacyUrl: 'https://a.example/privacy' });
    expect(w.q('#ccw-about').textContent).toBe('Automated assistant · Privacy notice');
    expect(w.q('#ccw-about a').getAttribute('href')).toBe('https://a.example/privacy');
  });
});

describe('conversation flow', () => {
  it('recognises a server-side restart: progress before, a blank state after', () => {
    expect(startedOver({ handoff: true }, { stage: 'exploring', collected: {} })).toBe(true);
    expect(startedOver({ collected: { name: 'Ana' } }, { collected: {}, customer_type: null })).toBe(true);
    expect(startedOver({ stage: 'exploring' }, { stage: 'exploring' })).toBe(false);
    expect(startedOver({ customer_type: 'new_cafe' }, { customer_type: 'new_cafe' })).toBe(false);
  });

  it('keeps text over 2,000 characters whole, counts it and does not send it', async () => {
    const w = start();
    await w.controller.open();
    w.view.inputValue = 'x'.repeat(2050);
    w.q('textarea').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(w.server.requests).toHaveLength(0);
    expect(w.view.inputValue).toHaveLength(2050);
    expect(w.q('.counter').textContent).toBe('2,050 / 2,000 · 50 over the limit, please shorten it');
  });

  it('announces a 429 countdown once, and its end once, instead of every second', async () => {
    vi.useFakeTimers();
    const w = start();
    await w.controller.open();
    w.server.respondNext(() => jsonResponse(429, { error: { code: 'rate_limited', message: 'x' } }, { 'Retry-After': '3' }));
    await w.controller.send('hello');
    const alert = w.q('[role="alert"]');
    const heard: string[] = [alert.textContent ?? ''];
    new MutationObserver(() => heard.push(alert.textContent ?? '')).observe(alert, { childList: true, characterData: true, subtree: true });
    await vi.advanceTimersByTimeAsync(3000);
    await Promise.resolve();
    expect(heard).toHaveLength(2);
    expect(heard[0]).toMatch(/wait 3 seconds/);
    expect(heard[1]).toMatch(/send your message again now/);
  });

  it('counts a 429 down each second and refuses to send until it is over', async () => {
    vi.useFakeTimers();
    const w = start();
    await w.controller.open();
    w.server.respondNext(() => jsonResponse(429, { error: { code: 'rate_limited', message: 'x' } }, { 'Retry-After': '3' }));
    await w.controller.send('hello');
    expect(w.q('.error p[aria-hidden]').textContent).toMatch(/wait 3 seconds/);
    await vi.advanceTimersByTimeAsync(1000);
    expect(w.q('.error p[aria-hidden]').textContent).toMatch(/wait 2 seconds/);
    w.q<HTMLFormElement>('form').requestSubmit();
    expect(w.server.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(w.q('.error p[aria-hidden]').textContent).toMatch(/send your message again now/);
    w.q<HTMLFormElement>('form').requestSubmit();
    await vi.waitFor(() => expect(w.server.requests).toHaveLength(2));
  });

  it('turns the box off when the conversation ends and starts a new one on request', async () => {
    const w = start();
    await w.controller.open();
    w.server.respondNext(() => jsonResponse(200, { session_id: 'c-1', reply: 'Bye!', sources: [], closed: true }));
    await w.controller.send('bye');
    expect(w.q<HTMLTextAreaElement>('textarea').disabled).toBe(true);
    w.q<HTMLButtonElement>('.notice button').click();
    expect(w.q<HTMLTextAreaElement>('textarea').disabled).toBe(false);
    expect(w.texts()).toEqual([GREETING]);
    expect(w.store.get()).toBeNull();
    expect(w.root.activeElement).toBe(w.q('textarea'));
  });

  it('shows what another tab added when the shared session changes', async () => {
    const w = start();
    await w.controller.open();
    await w.controller.send('from here');
    w.server.sessions.get('s-1')!.messages.push({ role: 'user', text: 'from the other tab' }, { role: 'assistant', text: 'answer there' });
    await w.controller.resync();
    expect(w.texts()).toEqual([GREETING, 'from here', 'Echo: from here', 'from the other tab', 'answer there']);
  });

  it('announces a new reply once through the live region and names the launcher by its action', async () => {
    const w = start();
    await w.controller.open();
    expect(w.view.launcher.getAttribute('aria-label')).toBe('Hide chat');
    await w.controller.send('hi');
    expect(w.q('.root > [aria-live="polite"]').textContent).toBe('Assistant: Echo: hi');
    w.controller.close();
    expect(w.view.launcher.getAttribute('aria-label')).toBe('Chat with us');
  });
});

describe('page guard of the full-screen panel', () => {
  it('makes the page inert and unscrollable, then restores exactly what was there', async () => {
    const { PageGuard } = await import('../src/modal');
    const before = document.createElement('main');
    const alreadyInert = document.createElement('aside');
    alreadyInert.setAttribute('inert', '');
    const host = document.createElement('div');
    document.body.append(before, alreadyInert, host);
    document.documentElement.style.overflow = 'scroll';
    const guard = new PageGuard(host);
    guard.on();
    expect(before.hasAttribute('inert')).toBe(true);
    expect(host.hasAttribute('inert')).toBe(false);
    expect(document.documentElement.style.overflow).toBe('hidden');
    guard.off();
    expect(before.hasAttribute('inert')).toBe(false);
    expect(alreadyInert.hasAttribute('inert')).toBe(true); // the page's own inert stays
    expect(document.documentElement.style.overflow).toBe('scroll');
    document.documentElement.style.overflow = '';
  });
});
