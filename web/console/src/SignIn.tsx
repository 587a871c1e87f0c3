import { useEffect, useState } from 'react';
import { ApiError, type Api, type Session } from './api';

/** The sign-in message for an error: a lockout says how long to wait (from Retry-After). */
export function signInError(error: unknown): { text: string; wait: number | null } {
  if (error instanceof ApiError && error.status === 401) return { text: 'Wrong email or password.', wait: null };
  if (error instanceof ApiError && error.status === 429) {
    const wait = error.retryAfter ?? 60;
    return { text: `Too many attempts. Try again in ${wait} s.`, wait };
  }
  return { text: error instanceof Error ? error.message : String(error), wait: null };
}

/** Minutes and seconds of a wait: "45 s", "2 min 05 s". */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

function useCountdown(): [number, (seconds: number) => void] {
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (left <= 0) return;
    const timer = window.setTimeout(() => setLeft(left - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [left]);
  return [left, setLeft];
}

export function SignIn({ api, notice, onSignedIn }: { api: Api; notice: string; onSignedIn: (s: Session) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [wait, setWait] = useCountdown();
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (busy || wait > 0) return;
    setError('');
    setBusy(true);
    try {
      onSignedIn(await api.signIn(email, password));
    } catch (e) {
      const shown = signInError(e);
      setError(shown.wait ? 'Too many attempts.' : shown.text);
      if (shown.wait) setWait(shown.wait);
    } finally {
      setBusy(false);
    }
  }
  return (
    <main className="signin-page">
      <form className="signin" onSubmit={submit} aria-labelledby="signin-title" aria-busy={busy}>
        <h1 id="signin-title">Copperline sales console</h1>
        {notice && <p role="status" className="notice">{notice}</p>}
        <label>Email <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required autoComplete="username" /></label>
        <label>Password <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} required autoComplete="current-password" /></label>
        <button type="submit" disabled={busy || wait > 0}>{busy ? 'Signing in…' : 'Sign in'}</button>
        {error && <p role="alert" className="error">{error}</p>}
        {wait > 0 && <p className="muted" data-testid="lockout-wait">You can try again in {waitText(wait)}.</p>}
      </form>
    </main>
  );
}
