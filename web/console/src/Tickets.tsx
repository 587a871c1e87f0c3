import { useCallback, useEffect, useState } from 'react';
import { query, type Api } from './api';
import { label } from './format';
import type { Ticket } from './types';

export function Tickets({ api }: { api: Api }) {
  const [status, setStatus] = useState('open');
  const [items, setItems] = useState<Ticket[]>([]);
  const load = useCallback(async () => {
    setItems((await api.json<{ items: Ticket[] }>('GET', `/crm/tickets${query({ status })}`)).items);
  }, [api, status]);
  useEffect(() => void load(), [load]);
  async function change(ticket: Ticket, to: string) {
    await api.json('PATCH', `/crm/tickets/${ticket.id}`, { status: to });
    await load();
  }
  return (
    <section>
      <h2>Support tickets</h2>
      <select aria-label="Ticket status" value={status} onChange={(e) => setStatus(e.target.value)}>
        <option value="">All</option>
        {['open', 'pending', 'resolved'].map((s) => <option key={s}>{s}</option>)}
      </select>
      <table className="grid">
        <thead><tr><th>Opened</th><th>Kind</th><th>Issue</th><th>Contact</th><th>Emergency line</th><th>Status</th></tr></thead>
        <tbody>
          {items.map((t) => (
            <tr key={t.id}>
              <td>{new Date(t.created_at).toLocaleString()}</td>
              <td>{label(t.category)}</td>
              <td className="issue">{t.issue}</td>
              <td>{[t.contact.name, t.contact.email, t.contact.phone].filter(Boolean).join(' · ') || '—'}</td>
              <td>{t.emergency_offered ? 'offered' : '—'}</td>
              <td>
                <select aria-label={`Status of ticket ${t.id}`} value={t.status} onChange={(e) => void change(t, e.target.value)}>
                  {['open', 'pending', 'resolved'].map((s) => <option key={s}>{s}</option>)}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 && <p>No tickets.</p>}
    </section>
  );
}
