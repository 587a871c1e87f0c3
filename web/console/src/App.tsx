import { useEffect, useMemo, useState } from 'react';
import { Api, type EndReason, type Session } from './api';
import { Admin } from './Admin';
import { AnalyticsView } from './Analytics';
import { Leads } from './Leads';
import { PipelineBoard } from './Pipeline';
import { Queue } from './Queue';
import { href, useRoute, type Route, type Section } from './router';
import { SignIn } from './SignIn';
import { Tickets } from './Tickets';

const NAMES: Record<Section, string> = {
  queue: 'Requested contact', leads: 'Leads', pipeline: 'Pipeline', tickets: 'Tickets', analytics: 'Analytics', admin: 'Admin',
};

export const ENDED: Record<EndReason, string> = {
  'signed-out': 'You signed out.',
  expired: 'Your session ended (it expired or was signed out elsewhere). Sign in again to continue.',
};

function Screen({ api, session, route }: { api: Api; session: Session; route: Route }) {
  switch (route.section) {
    case 'leads': return <Leads api={api} leadId={route.id} />;
    case 'pipeline': return <PipelineBoard api={api} dealId={route.id} />;
    case 'tickets': return <Tickets api={api} ticketId={route.id} />;
    case 'analytics': return <AnalyticsView api={api} admin={session.role === 'admin'} />;
    case 'admin': return session.role === 'admin' ? <Admin api={api} /> : <p>Only admins manage users.</p>;
    default: return <Queue api={api} leadId={route.id} />;
  }
}

function Header({ api, session, route }: { api: Api; session: Session; route: Route }) {
  const sections = (Object.keys(NAMES) as (keyof typeof NAMES)[]).filter((s) => s !== 'admin' || session.role === 'admin');
  return (
    <header>
      <h1>Copperline <span className="sub">sales console</span></h1>
      <nav aria-label="Sections">
        {sections.map((s) => (
          <a key={s} href={href({ section: s, id: null })} aria-current={route.section === s ? 'page' : undefined}>{NAMES[s]}</a>
        ))}
      </nav>
      <span className="who">{session.email} ({session.role})</span>
      <button type="button" onClick={() => void api.signOut()}>Sign out</button>
    </header>
  );
}

export function App({ baseUrl = '' }: { baseUrl?: string }) {
  const [session, setSession] = useState<Session | null>(null);
  const [restoring, setRestoring] = useState(true);
  const [notice, setNotice] = useState('');
  const api = useMemo(
    () => new Api({ baseUrl, onSignedOut: (reason) => { setSession(null); setNotice(ENDED[reason]); } }),
    [baseUrl],
  );
  const route = useRoute();
  useEffect(() => {
    let live = true;
    api.restore().then((restored) => {
      if (!live) return;
      setSession(restored);
      setRestoring(false);
    });
    return () => { live = false; };
  }, [api]);
  if (restoring) return <main className="signin-page"><h1>Copperline sales console</h1><p aria-busy="true">Restoring your session…</p></main>;
  if (!session) return <SignIn api={api} notice={notice} onSignedIn={(s) => { setNotice(''); setSession(s); }} />;
  return (
    <div className="app">
      <Header api={api} session={session} route={route} />
      <main>
        <Screen api={api} session={session} route={route} />
      </main>
    </div>
  );
}
