import { ScrollX } from './ScrollX';
import { useEffect, useState } from 'react';
import { ApiError, query, type Api } from './api';
import { LlmUsageTable, type LlmUsage } from './LlmUsage';
import { Bars } from './Bars';
import { label, percent } from './format';
import type { Analytics } from './types';

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** " (6 of 10)": the counts behind a rate, when the API gives them. */
function of(part: number | undefined, whole: number | undefined): string {
  return part === undefined || whole === undefined ? '' : ` (${part} of ${whole})`;
}

/** What each metric counts, as the API defines it (one meaning of "qualified" everywhere). */
function Definitions({ definitions }: { definitions: Record<string, string> }) {
  return (
    <figure className="wide" aria-label="What the numbers mean">
      <figcaption>What the numbers mean</figcaption>
      <dl className="definitions">
        {Object.entries(definitions).map(([metric, sentence]) => (
          <div key={metric}><dt>{label(metric)}</dt><dd>{sentence}</dd></div>
        ))}
      </dl>
    </figure>
  );
}

export function AnalyticsView({ api, admin }: { api: Api; admin: boolean }) {
  const [from, setFrom] = useState(isoDay(new Date(Date.now() - 30 * 86_400_000)));
  const [to, setTo] = useState(isoDay(new Date(Date.now() + 86_400_000)));
  const [bucket, setBucket] = useState('day');
  const [data, setData] = useState<Analytics | null>(null);
  const [llm, setLlm] = useState<LlmUsage | string | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    api.json<Analytics>('GET', `/crm/analytics${query({ from, to, bucket })}`).then(
      (d) => { setData(d); setError(''); },
      (e: Error) => setError(e.message),
    );
  }, [api, from, to, bucket]);
  useEffect(() => {
    if (!admin) return;
    api.json<LlmUsage>('GET', '/crm/analytics/llm').then(setLlm, (e: unknown) =>
      setLlm(e instanceof ApiError && e.status === 404 ? 'LLM usage is not available on this deployment.' : null),
    );
  }, [api, admin]);
  return (
    <section aria-labelledby="analytics-title">
      <h2 id="analytics-title">Analytics</h2>
      <div className="filters">
        <label>From <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} /></label>
        <label>To <input type="date" value={to} onChange={(e) => setTo(e.target.value)} /></label>
        <select aria-label="Bucket" value={bucket} onChange={(e) => setBucket(e.target.value)}>
          <option value="day">By day</option>
          <option value="week">By week</option>
        </select>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      {data && (
        <div className="charts">
          <Bars title="Leads by classification" rows={data.classification.map((c) => ({ label: c.classification ?? 'none', value: c.count, note: `avg score ${c.avg_score}` }))} />
          <Bars title="Conversation funnel" rows={data.funnel.map((f) => ({ label: label(f.stage), value: f.count }))} />
          <figure aria-label="Conversion">
            <figcaption>Conversion</figcaption>
            <p>Visitor → lead <strong>{percent(data.conversion.visitor_to_lead)}</strong>{of(data.conversion.leads, data.conversion.visitors)}</p>
            <p>Lead → qualified <strong>{percent(data.conversion.lead_to_qualified)}</strong>{of(data.conversion.qualified, data.conversion.leads)}</p>
            <p>Qualified → won <strong>{percent(data.conversion.qualified_to_won)}</strong>{of(data.conversion.won, data.conversion.qualified)}</p>
          </figure>
          <ScrollX label="Time series table">
          <table className="grid small" aria-label="Time series">
            <thead><tr><th>{bucket === 'day' ? 'Day' : 'Week'}</th><th>Conversations</th><th>Leads</th><th>Qualified</th></tr></thead>
            <tbody>{data.series.map((s) => <tr key={s.bucket}><td>{s.bucket}</td><td>{s.conversations}</td><td>{s.leads}</td><td>{s.qualified}</td></tr>)}</tbody>
          </table>
          </ScrollX>
          <ScrollX label="Field drop-off table" wide>
          <table className="grid small" aria-label="Field drop-off">
            <thead><tr><th>Field</th><th>Asked</th><th>Answered</th><th>Volunteered</th><th>Skipped</th><th>Refused</th></tr></thead>
            <tbody>{data.fields.map((f) => <tr key={f.field}><td>{label(f.field)}</td><td>{f.asked}</td><td>{f.answered}</td><td>{f.volunteered ?? '—'}</td><td>{f.skipped}</td><td>{f.refused}</td></tr>)}</tbody>
          </table>
          </ScrollX>
          {data.definitions && <Definitions definitions={data.definitions} />}
          {admin && llm && (typeof llm === 'string' ? <p>{llm}</p> : <LlmUsageTable usage={llm} />)}
        </div>
      )}
    </section>
  );
}
