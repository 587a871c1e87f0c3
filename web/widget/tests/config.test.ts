import { describe, expect, it } from 'vitest';
import { DEFAULT_TITLE, readConfig, resolveChatUrl } from '../src/config';
import { DEFAULT_ACCENT } from '../src/color';

function script(attributes: Record<string, string>): HTMLScriptElement {
  const element = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

describe('readConfig', () => {
  it('reads url, title and accent from the data attributes', () => {
    const config = readConfig(
      script({ 'data-chat-url': 'https://api.example.com/chat/', 'data-title': 'Copperline', 'data-accent': '#123' }),
      'https://shop.example.com/page',
    );
    expect(config).toMatchObject({ chatUrl: 'https://api.example.com/chat', title: 'Copperline', accent: '#112233' });
  });

  it('falls back to defaults for a missing title and an invalid accent', () => {
    const config = readConfig(script({ 'data-chat-url': '/chat', 'data-accent': 'javascript:alert(1)' }), 'http://127.0.0.1:8080/');
    expect(config?.title).toBe(DEFAULT_TITLE);
    expect(config?.accent).toBe(DEFAULT_ACCENT);
  });

  it('stays off without a chat URL', () => {
    expect(readConfig(script({}), 'https://shop.example.com/')).toBeNull();
    expect(readConfig(null, 'https://shop.example.com/')).toBeNull();
  });
});

describe('resolveChatUrl', () => {
  it('resolves a relative URL against the page', () => {
    expect(resolveChatUrl('/chat', 'http://127.0.0.1:8080/some/page?x=1')).toBe('http://127.0.0.1:8080/chat');
  });

  it('refuses non-http schemes', () => {
    expect(resolveChatUrl('javascript:alert(1)', 'https://a.example/')).toBeNull();
    expect(resolveChatUrl('data:text/plain,hi', 'https://a.example/')).toBeNull();
  });

  it('drops query, fragment and trailing slashes', () => {
    expect(resolveChatUrl('https://a.example/chat/?k=1#x', 'https://b.example/')).toBe('https://a.example/chat');
  });
});
