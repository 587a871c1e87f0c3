import { describe, expect, it } from 'vitest';
import { HOME, href, parseRoute } from '../src/router';

describe('router', () => {
  it('parses every deep link and writes it back unchanged', () => {
    for (const hash of ['#/queue', '#/leads', '#/leads/abc123', '#/pipeline/d1', '#/tickets', '#/analytics', '#/tickets/t1']) {
      expect(href(parseRoute(hash))).toBe(hash);
    }
  });

  it('names the lead a link opens', () => {
    expect(parseRoute('#/leads/abc123')).toEqual({ section: 'leads', id: 'abc123' });
  });

  it('opens the requested-contact queue for an empty or unknown hash', () => {
    expect(parseRoute('')).toEqual(HOME);
    expect(parseRoute('#/nowhere/1')).toEqual(HOME);
  });
});
