/** The "Customer" badge: a lead or deal whose visitor already buys from Copperline says so on
 * the pipeline card, in the leads list and on the lead view; a prospect's shows none. */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Api } from '../src/api';
import { LeadView } from '../src/LeadView';
import { Leads } from '../src/Leads';
import { PipelineBoard } from '../src/Pipeline';
import type { LeadDetail, LeadItem } from '../src/types';
import { deal, FakeApi } from './fake-api';

afterEach(cleanup);

async function signedIn() {
  const server = new FakeApi();
  const api = new Api({ fetch: server.fetch });
  await api.signIn('sam@copperline.coffee', 'right');
  return { server, api };
}

function lead(overrides: Partial<LeadItem> = {}): LeadItem {
  return {
    id: 'l1', score: 62, classification: 'warm', priority: 'Medium', customer_type: 'existing_cafe', stage: 'interest_detected',
    status: 'new', owner_id: null, name: 'Sam Reyes', email: 'sam@harbourbeans.example', phone: null,
    created_at: '2026-12-04T10:00:00Z', updated_at: '2026-12-04T10:00:00Z', ...overrides,
  };
}

function detail(overrides: Partial<LeadDetail> = {}): LeadDetail {
  const { summary: _summary, ...item } = lead();
  return {
    ...item, session_id: 's1',
    breakdown: { total: 62, categories: {}, items: [] },
    follow_up: { action: 'contact within 24 hours', due_at: '2026-12-05T10:00:00Z', latest_at: null, timezone: 'America/Los_Angeles', steps: [] },
    summary: { text: 'Existing café.', who: 'Sam', needs: [], when: null, asked_about: [], objections: [] },
    estimate: { currency: 'USD', low: 0, high: 0, line_items: [], assumptions: [] },
    deal: null, transcript: [], ...overrides,
  };
}

describe('Customer badge', () => {
  it('marks a customer’s deal card and leaves a prospect’s card plain', async () => {
    const { server, api } = await signedIn();
    server.deals = [
      deal({ id: '1'.repeat(32), title: 'Sam Reyes — existing cafe', existing_customer: true, team: 'account_management' }),
      deal({ id: '2'.repeat(32), title: 'Maya Chen — new cafe' }),
    ];
    render(<PipelineBoard api={api} />);
    const customer = (await screen.findByRole('button', { name: /Sam Reyes/ })).closest('li') as HTMLElement;
    const prospect = screen.getByRole('button', { name: /Maya Chen/ }).closest('li') as HTMLElement;
    expect(within(customer).getByText('Customer').getAttribute('title')).toMatch(/account management/);
    expect(within(prospect).queryByText('Customer')).toBeNull();
  });

  it('shows the badge in the leads list and filters customers through the API', async () => {
    const { server, api } = await signedIn();
    server.leads = [lead({ existing_customer: true }), lead({ id: 'l2', name: 'Maya Chen' })];
    render(<Leads api={api} leadId={null} />);
    const row = (await screen.findByRole('link', { name: 'Sam Reyes' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Customer')).toBeTruthy();
    const other = screen.getByRole('link', { name: 'Maya Chen' }).closest('tr') as HTMLElement;
    expect(within(other).queryByText('Customer')).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText('Relationship'), 'Customers');
    await waitFor(() => expect(server.calls.some((c) => c.path.includes('existing_customer=true'))).toBe(true), { timeout: 2000 });
  });

  it('shows the badge and who follows up on a customer’s lead view, neither on a prospect’s', async () => {
    const { server, api } = await signedIn();
    server.leadDetails = { l1: detail({ existing_customer: true, team: 'account_management' }), l2: detail({ id: 'l2' }) };
    render(<LeadView api={api} leadId="l1" onChanged={() => undefined} />);
    const heading = await screen.findByRole('heading', { level: 2 });
    expect(within(heading).getByText('Customer')).toBeTruthy();
    expect(screen.getByTestId('team').textContent).toMatch(/account management follows up/);
    cleanup();
    render(<LeadView api={api} leadId="l2" onChanged={() => undefined} />);
    const plain = await screen.findByRole('heading', { level: 2 });
    expect(within(plain).queryByText('Customer')).toBeNull();
    expect(screen.queryByTestId('team')).toBeNull();
  });
});
