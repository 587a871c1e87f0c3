import { ScrollX } from './ScrollX';
import { useEffect, useState } from 'react';
import type { Api } from './api';
import { ContactRequestLine } from './ContactRequest';
import { CustomerBadge, CUSTOMER_HINT } from './CustomerBadge';
import { inZone, label, money } from './format';
import { href } from './router';
import type { LeadDetail, Source } from './types';

const STATUSES = ['new', 'contacted', 'nurture', 'won', 'lost', 'spam'];

function sourceTitle(s: Source): string {
  return s.title ?? s.heading ?? 'Knowledge base';
}

function Estimate({ lead }: { lead: LeadDetail }) {
  const e = lead.estimate;
  return (
    <>
      <h3>First-year value {money(e.low, e.currency)} – {money(e.high, e.currency)}</h3>
      <p data-testid="estimate-split">
        One-off {money(e.one_off_low ?? 0, e.currency)} – {money(e.one_off_high ?? 0, e.currency)} ·
        recurring, first year {money(e.first_year_recurring_low ?? 0, e.currency)} – {money(e.first_year_recurring_high ?? 0, e.currency)}
      </p>
      <ScrollX label="Estimate lines">
        <table className="grid small">
          <thead><tr><th>Item</th><th>Qty</th><th>Per month</th><th>First year</th><th>Basis</th></tr></thead>
          <tbody>
            {e.line_items.map((l) => (
              <tr key={l.item}>
                <td>{l.item}</td>
                <td>{l.quantity} {l.unit}</td>
                <td>{l.recurring ? `${money(l.monthly_low ?? 0, e.currency)} – ${money(l.monthly_high ?? 0, e.currency)}` : 'one-off'}</td>
                <td>{money(l.low, e.currency)} – {money(l.high, e.currency)}</td>
                <td>{l.basis}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollX>
      {e.assumptions.length > 0 && <ul className="muted">{e.assumptions.map((a) => <li key={a}>{a}</li>)}</ul>}
    </>
  );
}

export function Transcript({ messages }: { messages: LeadDetail['transcript'] }) {
  return (
    <ol className="transcript">
      {messages.map((m, i) => (
        <li key={i} className={m.role}>
          <span className="who">{m.role === 'user' ? 'Visitor' : 'Bot'}: </span>
          <span>{m.text}</span>
          {m.sources && m.sources.length > 0 && (
            <small className="sources">Sources: {m.sources.map(sourceTitle).join(', ')}</small>
          )}
        </li>
      ))}
    </ol>
  );
}

/** One lead's detail (rendered inside a Sheet). */
export function LeadView({ api, leadId, onChanged }: { api: Api; leadId: string; onChanged: () => void }) {
  const [lead, setLead] = useState<LeadDetail | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    setLead(null);
    setError('');
    api.json<LeadDetail>('GET', `/leads/${leadId}`).then(setLead, (e: Error) => setError(e.message));
  }, [api, leadId]);
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!lead) return <p aria-busy="true">Loading…</p>;
  async function setStatus(status: string) {
    try {
      await api.json('PATCH', `/leads/${leadId}`, { status });
      setLead(lead && { ...lead, status });
      onChanged();
    } catch (e) {
      setError((e as Error).message);
    }
  }
  return (
    <>
      <h2>{lead.name ?? 'Unnamed visitor'} <span className={`badge ${lead.classification}`}>{lead.classification} · {lead.score}</span> <CustomerBadge customer={lead.existing_customer} /></h2>
      {lead.existing_customer && <p data-testid="team">{CUSTOMER_HINT}.</p>}
      <p>{[lead.email, lead.phone].filter(Boolean).join(' · ') || 'No contact details given'}</p>
      {lead.contact_request && <p><ContactRequestLine request={lead.contact_request} /></p>}
      {lead.deal && <p><a href={href({ section: 'pipeline', id: lead.deal.id })}>Deal: {label(lead.deal.stage)}, {money(lead.deal.amount)}</a></p>}
      <label>Status{' '}
        <select aria-label="Lead status" value={lead.status} onChange={(ev) => void setStatus(ev.target.value)}>
          {STATUSES.map((s) => <option key={s}>{s}</option>)}
        </select>
      </label>
      <h3>Summary</h3>
      <p>{lead.summary.text}</p>
      {lead.summary.budget != null && <p data-testid="budget">Budget stated: <strong>{money(lead.summary.budget, lead.summary.currency)}</strong></p>}
      <h3>Follow-up</h3>
      <p data-testid="follow-up">{lead.follow_up.action}: due <strong>{inZone(lead.follow_up.due_at, lead.follow_up.timezone)}</strong> (visitor's time, {lead.follow_up.timezone})</p>
      <h3>Score breakdown</h3>
      <ScrollX label="Score breakdown table">
        <table className="grid small">
          <tbody>
            {lead.breakdown.items.map((i) => (
              <tr key={`${i.category}-${i.rule}`}><td>{label(i.category)}</td><td>{i.detail}</td><td>{i.points}/{i.max_points}</td></tr>
            ))}
          </tbody>
        </table>
      </ScrollX>
      <Estimate lead={lead} />
      <h3>Transcript</h3>
      <Transcript messages={lead.transcript} />
    </>
  );
}
