import { useEffect, useState } from 'react';
import type { Api } from './api';
import { inZone, label, money } from './format';
import type { LeadDetail } from './types';

export function LeadView({ api, leadId, onChanged }: { api: Api; leadId: string; onChanged: () => void }) {
  const [lead, setLead] = useState<LeadDetail | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    setLead(null);
    api.json<LeadDetail>('GET', `/leads/${leadId}`).then(setLead, (e: Error) => setError(e.message));
  }, [api, leadId]);
  if (error) return <aside className="panel"><p role="alert">{error}</p></aside>;
  if (!lead) return <aside className="panel">Loading…</aside>;
  async function setStatus(status: string) {
    await api.json('PATCH', `/leads/${leadId}`, { status });
    setLead(lead && { ...lead, status });
    onChanged();
  }
  const e = lead.estimate;
  return (
    <aside className="panel" aria-label="Lead detail">
      <h2>{lead.name ?? 'Unnamed visitor'} <span className={`badge ${lead.classification}`}>{lead.classification} · {lead.score}</span></h2>
      <p>{lead.email} · {lead.phone}</p>
      <label>Status{' '}
        <select aria-label="Lead status" value={lead.status} onChange={(ev) => void setStatus(ev.target.value)}>
          {['new', 'contacted', 'nurture', 'won', 'lost', 'spam'].map((s) => <option key={s}>{s}</option>)}
        </select>
      </label>
      <h3>Summary</h3>
      <p>{lead.summary.text}</p>
      <h3>Follow-up</h3>
      <p data-testid="follow-up">{lead.follow_up.action}: due <strong>{inZone(lead.follow_up.due_at, lead.follow_up.timezone)}</strong> (visitor's time, {lead.follow_up.timezone})</p>
      <h3>Score breakdown</h3>
      <table className="grid small">
        <tbody>
          {lead.breakdown.items.map((i) => (
            <tr key={`${i.category}-${i.rule}`}><td>{label(i.category)}</td><td>{i.detail}</td><td>{i.points}/{i.max_points}</td></tr>
          ))}
        </tbody>
      </table>
      <h3>First-year value {money(e.low, e.currency)} – {money(e.high, e.currency)}</h3>
      <p data-testid="estimate-split">
        One-off {money(e.one_off_low ?? 0, e.currency)} – {money(e.one_off_high ?? 0, e.currency)} ·
        recurring, first year {money(e.first_year_recurring_low ?? 0, e.currency)} – {money(e.first_year_recurring_high ?? 0, e.currency)}
      </p>
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
      {e.assumptions.length > 0 && <ul className="muted">{e.assumptions.map((a) => <li key={a}>{a}</li>)}</ul>}
      <h3>Transcript</h3>
      <ol className="transcript">
        {lead.transcript.map((m, i) => (
          <li key={i} className={m.role}>
            <span>{m.text}</span>
            {m.sources && m.sources.length > 0 && (
              <small className="sources">Sources: {m.sources.map((s) => s.title ?? s.heading ?? s.source).join(', ')}</small>
            )}
          </li>
        ))}
      </ol>
    </aside>
  );
}
