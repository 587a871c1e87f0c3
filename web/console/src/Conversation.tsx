import { useEffect, useState } from 'react';
import type { Api } from './api';
import { Transcript } from './LeadView';
import { href } from './router';

interface SessionView { session_id: string; messages: { role: string; text: string; at: string }[] }

/** A conversation's transcript (a ticket's link); contact details arrive masked from the API. */
export function Conversation({ api, sessionId }: { api: Api; sessionId: string }) {
  const [view, setView] = useState<SessionView | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    api.json<SessionView>('GET', `/chat/sessions/${encodeURIComponent(sessionId)}`).then(setView, (e: Error) => setError(e.message));
  }, [api, sessionId]);
  return (
    <section aria-labelledby="conversation-title">
      <h2 id="conversation-title">Conversation</h2>
      <p><a href={href({ section: 'tickets', id: null })}>Back to tickets</a></p>
      {error && <p role="alert" className="error">{error}</p>}
      {view ? <Transcript messages={view.messages} /> : !error && <p aria-busy="true">Loading…</p>}
    </section>
  );
}
