import { useEffect, useState } from 'react';
import type { Api } from './api';
import { contactLine, label } from './format';
import { Transcript } from './LeadView';
import type { TicketDetail } from './types';

/** One support ticket with its conversation's transcript (rendered inside a Sheet). */
export function TicketView({ api, ticketId }: { api: Api; ticketId: string }) {
  const [ticket, setTicket] = useState<TicketDetail | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    setTicket(null);
    api.json<TicketDetail>('GET', `/crm/tickets/${encodeURIComponent(ticketId)}`).then(setTicket, (e: Error) => setError(e.message));
  }, [api, ticketId]);
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!ticket) return <p aria-busy="true">Loading…</p>;
  return (
    <>
      <h2>{label(ticket.category)}: {label(ticket.status)}</h2>
      <p className="issue">{ticket.issue}</p>
      <p>Contact: {contactLine(ticket.contact)}</p>
      <h3>Transcript</h3>
      <Transcript messages={ticket.transcript} />
    </>
  );
}
