import { ScrollX } from './ScrollX';
import { useEffect, useState } from 'react';
import { query, type Api } from './api';
import { contactLine, label } from './format';
import { href, navigate } from './router';
import { Sheet } from './Sheet';
import { TicketView } from './TicketView';
import type { Ticket } from './types';

const STATUSES = ['open', 'pending', 'resolved'] as const;

/** Where a ticket went when its new status no longer matches the filter (the row stays). */
export function movedNote(filter: string, status: string): string | null {
  return filter === 'any' || filter === status ? null : `Now ${status}: listed under “${label(status)}”.`;
}

export function Tickets({ api, ticketId = null }: { api: Api; ticketId?: string | null }) {
  const [filter, setFilter] = useState('any');
  const [items, setItems] = useState<Ticket[] | null>(null);
  const [message, setMessage] = useState('');
  // One list per filter: the rows of the previous filter go while the new list loads, and a
  // response that arrives after the filter changed again is dropped, so a row a user has just
  // acted on is never replaced by a list fetched for another filter.
  useEffect(() => {
    let live = true;
    setItems(null);
    api.json<{ items: Ticket[] }>('GET', `/crm/tickets${query({ status: filter, limit: 100 })}`).then(
      (page) => { if (live) setItems(page.items); },
      (e: Error) => { if (live) { setItems([]); setMessage(e.message); } },
    );
    return () => { live = false; };
  }, [api, filter]);
  async function change(ticket: Ticket, to: Ticket['status']) {
    try {
      await api.json('PATCH', `/crm/tickets/${ticket.id}`, { status: to });
      setItems((all) => all && all.map((t) => (t.id === ticket.id ? { ...t, status: to } : t)));
      setMessage(`Ticket from ${new Date(ticket.created_at).toLocaleString()} is now ${to}.`);
    } catch (e) {
      setMessage((e as Error).message);
    }
  }
  return (
    <section aria-labelledby="tickets-title">
      <h2 id="tickets-title">Support tickets</h2>
      <label>Show{' '}
        <select aria-label="Ticket status" value={filter} onChange={(e) => setFilter(e.target.value)}>
          <option value="any">All</option>
          {STATUSES.map((s) => <option key={s} value={s}>{label(s)}</option>)}
        </select>
      </label>
      <p role="status" className="muted" data-testid="ticket-status">{message}</p>
      <ScrollX label="Tickets table">
        <table className="grid">
          <thead><tr><th>Opened</th><th>Kind</th><th>Issue</th><th>Contact</th><th>Emergency line</th><th>Status</th></tr></thead>
          <tbody>
            {(items ?? []).map((t) => (
              <tr key={t.id} data-ticket-id={t.id}>
                <td>{new Date(t.created_at).toLocaleString()}</td>
                <td>{label(t.category)}</td>
                <td className="issue">{t.issue}<br /><a href={href({ section: 'tickets', id: t.id })}>Transcript</a></td>
                <td>{contactLine(t.contact)}</td>
                <td>{t.emergency_offered ? 'offered' : '—'}</td>
                <td>
                  <select aria-label={`Status of the ticket opened ${new Date(t.created_at).toLocaleString()}`} value={t.status} onChange={(e) => void change(t, e.target.value as Ticket['status'])}>
                    {STATUSES.map((s) => <option key={s} value={s}>{label(s)}</option>)}
                  </select>
                  {movedNote(filter, t.status) && <small className="moved">{movedNote(filter, t.status)}</small>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollX>
      {items === null ? <p aria-busy="true">Loading tickets…</p> : items.length === 0 && <p>No tickets.</p>}
      {ticketId && (
        <Sheet label="Ticket detail" onClose={() => navigate({ section: 'tickets', id: null })}>
          <TicketView api={api} ticketId={ticketId} />
        </Sheet>
      )}
    </section>
  );
}
