import { useMemo, useState } from 'react';
import { Api, ApiError, type Session } from './api';
import { Admin } from './Admin';
import { AnalyticsView } from './Analytics';
import { Leads } from './Leads';
import { PipelineBoard } from './Pipeline';
import { Tickets } from './Tickets';

type Tab = 'leads' | 'pipeline' | 'tickets' | 'analytics' | 'admin';

function SignIn({ api, onSignedIn }: { api: Api; onSignedIn: (s: Session) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setError('');
    try {
      onSignedIn(await api.signIn(email, password));
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? 'Wrong email or password.' : String((e as Error).message));
    }
  }
  return (
    <form className="signin" onSubmit={submit} aria-label="Sign in">
      <h1>Copperline sales console</h1>
      <label>Email <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required autoComplete="username" /></label>
      <label>Password <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} required autoComplete="current-password" /></label>
      <button type="submit">Sign in</button>
      {error && <p role="alert" className="error">{error}</p>}
    </form>
  );
}

export function App({ baseUrl = '' }: { baseUrl?: string }) {
  const [session, setSession] = useState<Session | null>(null);
  const api = useMemo(() => new Api({ baseUrl, onSignedOut: () => setSession(null) }), [baseUrl]);
  const [tab, setTab] = useState<Tab>('leads');
  if (!session) return <SignIn api={api} onSignedIn={setSession} />;
  const tabs: Tab[] = ['leads', 'pipeline', 'tickets', 'analytics', ...(session.role === 'admin' ? (['admin'] as Tab[]) : [])];
  return (
    <div className="app">
      <header>
        <strong>Copperline</strong>
        <nav aria-label="Sections">
          {tabs.map((t) => (
            <button key={t} aria-current={tab === t ? 'page' : undefined} onClick={() => setTab(t)}>
              {t[0].toUpperCase() + t.slice(1)}
            </button>
          ))}
        </nav>
        <span className="who">{session.email} ({session.role})</span>
        <button onClick={() => void api.signOut()}>Sign out</button>
      </header>
      <main>
        {tab === 'leads' && <Leads api={api} />}
        {tab === 'pipeline' && <PipelineBoard api={api} />}
        {tab === 'tickets' && <Tickets api={api} />}
        {tab === 'analytics' && <AnalyticsView api={api} admin={session.role === 'admin'} />}
        {tab === 'admin' && <Admin api={api} />}
      </main>
    </div>
  );
}
