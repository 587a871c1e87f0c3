import { describe, expect, it } from 'vitest';
import { SessionStore, storageKey } from '../src/session';

describe('SessionStore', () => {
  it('remembers, returns and forgets the session id', () => {
    const store = new SessionStore(window.localStorage, storageKey('https://a.example/chat'));
    store.set('abc');
    expect(new SessionStore(window.localStorage, storageKey('https://a.example/chat')).get()).toBe('abc');
    store.clear();
    expect(store.get()).toBeNull();
  });

  it('keeps sessions of different chat endpoints apart', () => {
    new SessionStore(window.localStorage, storageKey('https://a.example/chat')).set('one');
    expect(new SessionStore(window.localStorage, storageKey('https://b.example/chat')).get()).toBeNull();
  });

  it('works without storage and with storage that throws', () => {
    const throwing = {
      getItem: () => { throw new Error('denied'); },
      setItem: () => { throw new Error('quota'); },
      removeItem: () => { throw new Error('denied'); },
    } as unknown as Storage;
    for (const storage of [null, throwing]) {
      const store = new SessionStore(storage, 'k');
      expect(() => store.set('x')).not.toThrow();
      expect(store.get()).toBeNull();
      expect(() => store.clear()).not.toThrow();
    }
  });
});
