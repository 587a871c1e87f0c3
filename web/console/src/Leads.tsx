import { useCallback, useEffect, useState } from 'react';
import { query, type Api } from './api';
import { LeadView } from './LeadView';
import { label } from './format';
import type { LeadItem } from './types';

interface Filters { classification: string; status: string; created_after: string; created_before: string; q: string; sort: string }
const EMPTY: Filters = { classification: '', status: '', created_after: '', created_before: '', q: '', sort: '-created_at' };

export function Leads({ api }: { api: Api }) {
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [items, setItems] = useState<LeadItem[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState('');
  const load = useCallback(async () => {
    try {
      const page = await api.json<{ items: LeadItem[] }>('GET', `/leads/${query({ ...filters, limit: 100 })}`);
      setItems(page.items);
      setError('');
    } catch (e) {
      setError((e as Error).message);
    }
  }, [api, filters]);
  useEffect(() => void load(), [load]);
  const set = (key: keyof Filters) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setFilters({ ...filters, [key]: e.target.value });
  const sortByScore = () => setFilters({ ...filters, sort: filters.sort === '-score' ? 'score' : '-score' });
  return (
    <section className="split">
      <div>
        <h2>Leads</h2>
        <div className="filters">
          <input aria-label="Search" placeholder="Search name or email" value={filters.q} onChange={set('q')} />
          <select aria-label="Classification" value={filters.classification} onChange={set('classification')}>
            <option value="">Any class</option>
            {['hot', 'warm', 'cold', 'unqualified'].map((c) => <option key={c}>{c}</option>)}
          </select>
          <select aria-label="Status" value={filters.status} onChange={set('status')}>
            <option value="">Any status</option>
            {['new', 'contacted', 'nurture', 'won', 'lost', 'spam'].map((s) => <option key={s}>{s}</option>)}
          </select>
          <label>From <input type="date" value={filters.created_after} onChange={set('created_after')} /></label>
          <label>To <input type="date" value={filters.created_before} onChange={set('created_before')} /></label>
        </div>
        {error && <p role="alert" className="error">{error}</p>}
        <table className="grid">
          <thead>
            <tr>
              <th>Name</th><th>Email</th>
              <th><button className="link" onClick={sortByScore} aria-label="Sort by score">Score {filters.sort === '-score' ? '▼' : filters.sort === 'score' ? '▲' : ''}</button></th>
              <th>Class</th><th>Type</th><th>Status</th><th>Created</th>
            </tr>
          </thead>
          <tbody>
            {items.map((lead) => (
              <tr key={lead.id} className={lead.id === selected ? 'selected' : ''} onClick={() => setSelected(lead.id)}>
                <td><button className="link" onClick={() => setSelected(lead.id)}>{lead.name ?? 'Unnamed'}</button></td>
                <td>{lead.email ?? '—'}</td>
                <td>{lead.score}</td>
                <td><span className={`badge ${lead.classification}`}>{lead.classification}</span></td>
                <td>{label(lead.customer_type ?? '—')}</td>
                <td>{lead.status}</td>
                <td>{new Date(lead.created_at).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {items.length === 0 && <p>No leads match.</p>}
      </div>
      {selected && <LeadView api={api} leadId={selected} onChanged={load} />}
    </section>
  );
}
