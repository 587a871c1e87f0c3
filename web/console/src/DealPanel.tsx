import { useCallback, useEffect, useState } from 'react';
import type { Api } from './api';
import { label, money } from './format';
import type { DealDetail } from './types';

export function DealPanel({ api, dealId, onClose }: { api: Api; dealId: string; onClose: () => void }) {
  const [deal, setDeal] = useState<DealDetail | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const load = useCallback(() => api.json<DealDetail>('GET', `/crm/deals/${dealId}`).then(setDeal), [api, dealId]);
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
  if (!deal) return <aside className="panel">Loading…</aside>;
  return (
    <aside className="panel" aria-label="Deal detail">
      <button className="close" onClick={onClose} aria-label="Close">×</button>
      <h2>{deal.title}</h2>
      <p>{label(deal.stage)} · {money(deal.amount)} (weighted {money(deal.weighted_amount)})</p>
      {deal.lost_reason && <p>Lost: {deal.lost_reason}</p>}
      <h3>History</h3>
      <ol>{deal.stage_history.map((h, i) => <li key={i}>{label(h.stage)} — {new Date(h.at).toLocaleString()} by {h.by}</li>)}</ol>
      <h3>Notes</h3>
      <ul className="notes">{deal.notes.map((n) => <li key={n.id}>{n.text} <small className="muted">{new Date(n.at).toLocaleString()}</small></li>)}</ul>
      <form onSubmit={addNote}>
        <textarea aria-label="New note" value={text} maxLength={5000} onChange={(e) => setText(e.target.value)} required />
        <button type="submit">Add note</button>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
    </aside>
  );
}
