import { useCallback, useEffect, useState } from 'react';
import type { Api } from './api';
import { byWhom, label, money } from './format';
import { href } from './router';
import type { DealDetail } from './types';

/** One deal's detail, history (with names) and notes (rendered inside a Sheet). */
export function DealPanel({ api, dealId }: { api: Api; dealId: string }) {
  const [deal, setDeal] = useState<DealDetail | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const load = useCallback(
    () => api.json<DealDetail>('GET', `/crm/deals/${dealId}`).then(setDeal, (e: Error) => setError(e.message)),
    [api, dealId],
  );
  useEffect(() => void load(), [load]);
  async function addNote(event: React.FormEvent) {
    event.preventDefault();
    try {
      await api.json('POST', `/crm/deals/${dealId}/notes`, { text });
      setText('');
      setError('');
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  }
  if (!deal) return error ? <p role="alert" className="error">{error}</p> : <p aria-busy="true">Loading…</p>;
  return (
    <>
      <h2>{deal.title}</h2>
      <p>{label(deal.stage)} · {money(deal.amount)} (weighted {money(deal.weighted_amount)})</p>
      <p><a href={href({ section: 'leads', id: deal.lead_id })}>Open the lead</a></p>
      {deal.lost_reason && <p>Lost: {deal.lost_reason}</p>}
      <h3>History</h3>
      <ol>{deal.stage_history.map((h, i) => <li key={i}>{label(h.stage)} — {new Date(h.at).toLocaleString()} by {byWhom(h.by_name, h.by, api.current?.userId)}</li>)}</ol>
      <h3>Notes</h3>
      <ul className="notes">
        {deal.notes.map((n) => (
          <li key={n.id}>{n.text} <small className="muted">{byWhom(n.author_name, n.author_id, api.current?.userId)}, {new Date(n.at).toLocaleString()}</small></li>
        ))}
      </ul>
      <form onSubmit={addNote}>
        <textarea aria-label="New note" value={text} maxLength={5000} onChange={(e) => setText(e.target.value)} required />
        <button type="submit">Add note</button>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
    </>
  );
}
