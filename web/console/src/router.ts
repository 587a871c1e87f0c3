/**
 * Deep links as hash routes (`#/leads/<id>`), so any static host serves every URL from the one
 * index.html and Back/Forward move between screens. `parseRoute` and `href` are pure inverses.
 */
import { useEffect, useState } from 'react';

export type Section = 'queue' | 'leads' | 'pipeline' | 'tickets' | 'analytics' | 'admin';

export interface Route {
  section: Section;
  /** The lead, deal or ticket the route opens, when it names one. */
  id: string | null;
}

const SECTIONS: readonly Section[] = ['queue', 'leads', 'pipeline', 'tickets', 'analytics', 'admin'];
export const HOME: Route = { section: 'queue', id: null };

export function parseRoute(hash: string): Route {
  const [name, id] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const section = SECTIONS.find((s) => s === name);
  if (!section) return HOME;
  return { section, id: id ? id : null };
}

export function href(route: Route): string {
  return `#/${route.section}${route.id ? `/${encodeURIComponent(route.id)}` : ''}`;
}

export function navigate(route: Route): void {
  window.location.hash = href(route);
}

/** The current route, following hashchange (Back, Forward, links, `navigate`). */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
