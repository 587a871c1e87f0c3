import { ScrollX } from './ScrollX';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Api } from './api';
import { saveBlob } from './download';
import { CustomerBadge } from './CustomerBadge';
import { exportName, label } from './format';
import { addPage, countText, EMPTY_LIST, exportPath, NO_FILTERS, pagePath, type LeadFilters, type LeadList } from './leadPaging';
import { LeadView } from './LeadView';
import { href, navigate } from './router';
import { Sheet } from './Sheet';
import type { LeadPage } from './types';
import { useDebounced } from './useDebounced';

const CLASSES = ['hot', 'warm', 'cold', 'unqualified'];
const STATUSES = ['new', 'contacted', 'nurture', 'won', 'lost', 'spam'];

function Filters({ filters, onChange }: { filters: LeadFilters; onChange: (f: LeadFilters) => void }) {
  const set = (key: keyof LeadFilters) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    onChange({ ...filters, [key]: e.target.value });
  return (
    <div className="filters" role="search" aria-label="Filter leads">
      <input type="search" aria-label="Search" placeholder="Search name or email" value={filters.q} onChange={set('q')} />
      <select aria-label="Classification" value={filters.classification} onChange={set('classification')}>
        <option value="">Any class</option>
        {CLASSES.map((c) => <option key={c}>{c}</option>)}
      </select>
      <select aria-label="Status" value={filters.status} onChange={set('status')}>
        <option value="">Any status</option>
        {STATUSES.map((s) => <option key={s}>{s}</option>)}
      </select>
      <select aria-label="Relationship" value={filters.existing_customer} onChange={set('existing_customer')}>
        <option value="">Customers and prospects</option>
        <option value="true">Customers</option>
        <option value="false">Prospects</option>
      </select>
      <label>From <input type="date" value={filters.created_after} onChange={set('created_after')} /></label>
      <label>To <input type="date" value={filters.created_before} onChange={set('created_before')} /></label>
    </div>
  );
}

function useLeadList(api: Api, filters: LeadFilters) {
  const [list, setList] = useState<LeadList>(EMPTY_LIST);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const generation = useRef(0);
  const fetchPage = useCallback(
    async (cursor: string | null, base: LeadList) => {
      const mine = ++generation.current;
      setBusy(true);
      try {
        const page = await api.json<LeadPage>('GET', pagePath(filters, cursor));
        if (mine === generation.current) setList(addPage(base, page, cursor === null));
        setError('');
      } catch (e) {
        setError((e as Error).message);
      } finally {
        if (mine === generation.current) setBusy(false);
      }
    },
    [api, filters],
  );
  const reload = useCallback(() => fetchPage(null, EMPTY_LIST), [fetchPage]);
  useEffect(() => void reload(), [reload]);
  return { list, busy, error, reload, more: () => fetchPage(list.next, list) };
}

export function Leads({ api, leadId }: { api: Api; leadId: string | null }) {
  const [typed, setTyped] = useState<LeadFilters>(NO_FILTERS);
  const filters = useDebounced(typed);
  const { list, busy, error, reload, more } = useLeadList(api, filters);
  const [exporting, setExporting] = useState('');
  const sortByScore = () => setTyped({ ...typed, sort: typed.sort === '-score' ? 'score' : '-score' });
  async function exportCsv() {
    setExporting('Preparing the CSV…');
    try {
      saveBlob(await api.blob(exportPath(filters)), exportName(new Date()));
      setExporting('CSV downloaded.');
    } catch (e) {
      setExporting(`Export failed: ${(e as Error).message}`);
    }
  }
  return (
    <section className="split" aria-labelledby="leads-title">
      <div>
        <div className="title-row">
          <h2 id="leads-title">Leads</h2>
          <button type="button" onClick={() => void exportCsv()}>Export CSV</button>
        </div>
        <Filters filters={typed} onChange={setTyped} />
        <p role="status" className="muted" data-testid="lead-count">
          {busy ? 'Loading…' : countText(list)}{exporting && ` · ${exporting}`}
        </p>
        {error && <p role="alert" className="error">{error}</p>}
        <ScrollX label="Leads table">
          <table className="grid">
            <thead>
              <tr>
                <th>Name</th><th>Email</th>
                <th aria-sort={typed.sort === '-score' ? 'descending' : typed.sort === 'score' ? 'ascending' : undefined}>
                  <button className="link" onClick={sortByScore}>Score</button>
                </th>
                <th>Class</th><th>Type</th><th>Status</th><th>Created</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((lead) => (
                <tr key={lead.id} className={lead.id === leadId ? 'selected' : ''}>
                  <td><a href={href({ section: 'leads', id: lead.id })}>{lead.name ?? 'Unnamed'}</a> <CustomerBadge customer={lead.existing_customer} /></td>
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
        </ScrollX>
        {!busy && list.items.length === 0 && <p>No leads match.</p>}
        {list.next && <button type="button" onClick={() => void more()} disabled={busy}>Load more</button>}
      </div>
      {leadId && (
        <Sheet label="Lead detail" onClose={() => navigate({ section: 'leads', id: null })}>
          <LeadView api={api} leadId={leadId} onChanged={() => void reload()} />
        </Sheet>
      )}
    </section>
  );
}
