import { useCallback, useEffect, useState } from 'react';
import { query, type Api } from './api';
import { ContactRequestLine } from './ContactRequest';
import { LeadView } from './LeadView';
import { href, navigate } from './router';
import { Sheet } from './Sheet';
import type { LeadPage } from './types';

/** The "Requested contact" queue: visitors who asked for a person, oldest request first. */
export function Queue({ api, leadId }: { api: Api; leadId: string | null }) {
  const [page, setPage] = useState<LeadPage | null>(null);
  const [error, setError] = useState('');
  const load = useCallback(async () => {
    try {
      setPage(await api.json<LeadPage>('GET', `/leads/${query({ requested_contact: true, limit: 100 })}`));
      setError('');
    } catch (e) {
      setError((e as Error).message);
    }
  }, [api]);
  useEffect(() => void load(), [load]);
  return (
    <section className="split" aria-labelledby="queue-title">
      <div>
        <h2 id="queue-title">Requested contact</h2>
        <p className="muted">Visitors who asked for a person, a call, a quote or a proposal; the longest wait first.</p>
        {error && <p role="alert" className="error">{error}</p>}
        {page && <p role="status" className="muted" data-testid="queue-count">{page.total ?? page.items.length} waiting</p>}
        <ol className="queue">
          {page?.items.map((lead) => (
            <li key={lead.id} className={lead.id === leadId ? 'selected' : ''}>
              <a href={href({ section: 'queue', id: lead.id })}>{lead.name ?? 'Unnamed visitor'}</a>
              <span>{[lead.email, lead.phone].filter(Boolean).join(' · ') || 'no contact details'}</span>
              {lead.contact_request && <ContactRequestLine request={lead.contact_request} />}
            </li>
          ))}
        </ol>
        {page && page.items.length === 0 && <p>Nobody is waiting for a reply.</p>}
      </div>
      {leadId && (
        <Sheet label="Lead detail" onClose={() => navigate({ section: 'queue', id: null })}>
          <LeadView api={api} leadId={leadId} onChanged={() => void load()} />
        </Sheet>
      )}
    </section>
  );
}
