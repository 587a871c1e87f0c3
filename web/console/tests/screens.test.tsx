import * as React from 'react';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Api, ApiError } from '../src/api';
import { byWhom, contactLine, waited } from '../src/format';
import { AnalyticsView } from '../src/Analytics';
import { Leads } from '../src/Leads';
import { Queue } from '../src/Queue';
import { Sheet } from '../src/Sheet';
import { signInError, waitText } from '../src/SignIn';
import { movedNote, Tickets } from '../src/Tickets';
import { FakeApi } from './fake-api';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function signedIn() {
  const server = new FakeApi();
  const api = new Api({ fetch: server.fetch });
  await api.signIn('sam@copperline.coffee', 'right');
  return { server, api };
}

describe('formatting', () => {
  it('shows waits in sales hours, days of eight hours', () => {
    expect(waited(45)).toBe('45 min');
    expect(waited(185)).toBe('3 h 05 min');
    expect(waited(17 * 60)).toBe('2 d 1 h');
  });

  it('shows a contact on one line, a dash when none was given', () => {
    expect(contactLine({ name: 'Ada', email: 'ada@example.com', phone: null })).toBe('Ada · ada@example.com');
    expect(contactLine(null)).toBe('—');
    expect(contactLine({})).toBe('—');
  });

  it('names people, never shows a raw user id', () => {
    expect(byWhom('Sam Rivera', '95001f46aa')).toBe('Sam Rivera');
    expect(byWhom(null, '95001f46aa')).not.toContain('95001f46');
    expect(byWhom(null, '95001f46aa', '95001f46aa')).toBe('you');
  });
});

describe('sign-in messages', () => {
  it('shows the lockout wait from Retry-After', () => {
    expect(signInError(new ApiError(429, 'rate_limited', 'slow down', 90))).toEqual({ text: 'Too many attempts. Try again in 90 s.', wait: 90 });
    expect(waitText(90)).toBe('1 min 30 s');
    expect(signInError(new ApiError(401, 'unauthorized', 'x')).text).toBe('Wrong email or password.');
  });
});

describe('Leads', () => {
  it('sends one search request after typing pauses, not one per keystroke', async () => {
    const { server, api } = await signedIn();
    render(<Leads api={api} leadId={null} />);
    await waitFor(() => expect(server.calls.filter((c) => c.path.startsWith('/leads/')).length).toBe(1));
    await userEvent.type(screen.getByLabelText('Search'), 'maya');
    await waitFor(() => expect(server.calls.some((c) => c.path.includes('q=maya'))).toBe(true), { timeout: 2000 });
    const searches = server.calls.filter((c) => c.path.startsWith('/leads/') && c.path.includes('q='));
    expect(searches.map((c) => new URLSearchParams(c.path.split('?')[1]).get('q'))).toEqual(['maya']);
  });
});

describe('Tickets', () => {
  it('keeps a ticket in the list after a status change and says where it now lives', async () => {
    const { server, api } = await signedIn();
    render(<Tickets api={api} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Ticket status' }), 'open');
    const select = await screen.findByRole('combobox', { name: /Status of the ticket/ });
    await userEvent.selectOptions(select, 'resolved');
    await waitFor(() => expect(server.tickets[0].status).toBe('resolved'));
    expect(screen.getByText('The grinder stopped.')).toBeTruthy();
    expect(screen.getByText('Now resolved: listed under “Resolved”.')).toBeTruthy();
    expect(screen.getByText('Ada · ada@example.com')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Transcript' }).getAttribute('href')).toBe(`#/tickets/${'t'.repeat(32)}`);
    expect(movedNote('any', 'resolved')).toBeNull();
  });
});

describe('Sheet', () => {
  it('moves focus in, closes on Escape and returns focus to the opener', async () => {
    function Host() {
      const [open, setOpen] = React.useState(false);
      return (
        <>
          <button onClick={() => setOpen(true)}>Open lead</button>
          {open && <Sheet label="Lead detail" onClose={() => setOpen(false)}><p>detail</p></Sheet>}
        </>
      );
    }
    render(<Host />);
    const opener = screen.getByRole('button', { name: 'Open lead' });
    await userEvent.click(opener);
    const sheet = screen.getByLabelText('Lead detail');
    expect(document.activeElement).toBe(sheet);
    await act(async () => {
      await userEvent.keyboard('{Escape}');
    });
    expect(screen.queryByLabelText('Lead detail')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});

describe('Analytics', () => {
  it('explains each metric, shows the counts behind rates and LLM usage as a table', async () => {
    const { api } = await signedIn();
    render(<AnalyticsView api={api} admin />);
    expect(await screen.findByText('Conversations that reached the qualified stage.')).toBeTruthy();
    expect(screen.getByText('(4 of 7)', { exact: false })).toBeTruthy();
    const usage = await screen.findByRole('figure', { name: 'LLM usage' });
    expect(usage.querySelector('pre')).toBeNull();
    expect(usage.textContent).toContain('450,000');
    expect(usage.textContent).toContain('$1.2345');
    expect(usage.textContent).toContain('For lead summary');
  });
});

describe('Queue', () => {
  it('lists who asked for a person with the channel, the items and the wait', async () => {
    const { server, api } = await signedIn();
    server.leads = [{
      id: 'l1', score: 40, classification: 'cold', priority: 'low', customer_type: 'new_cafe', stage: 'qualified', status: 'new',
      owner_id: null, name: 'Ana Ruiz', email: 'ana@lumencafe.example', phone: null,
      created_at: '2026-12-04T10:00:00Z', updated_at: '2026-12-04T10:00:00Z',
      contact_request: { requested_at: '2026-12-04T10:00:00Z', channel: 'email', preferred_time: 'mornings', items: ['2 x espresso grinder'], waited_business_minutes: 125 },
    }];
    render(<Queue api={api} leadId={null} />);
    const entry = (await screen.findByRole('link', { name: 'Ana Ruiz' })).closest('li');
    expect(entry?.textContent).toContain('Requested contact by email, mornings · about 2 x espresso grinder · waiting 2 h 05 min of sales hours');
    expect(server.calls.some((c) => c.path.includes('requested_contact=true'))).toBe(true);
  });

  it('shows the conditions the visitor put on the call in place of the bare time', async () => {
    const { server, api } = await signedIn();
    server.leads = [{
      id: 'l2', score: 40, classification: 'cold', priority: 'low', customer_type: 'existing_cafe', stage: 'qualified', status: 'new',
      owner_id: null, name: 'Liam Fraser', email: 'liam@bowriver.example', phone: '+14035550129',
      created_at: '2026-12-04T10:00:00Z', updated_at: '2026-12-04T10:00:00Z',
      contact_request: { requested_at: '2026-12-04T10:00:00Z', channel: 'phone', preferred_time: 'after 3pm', conditions: ['after 3pm only', 'texts only'], items: [], waited_business_minutes: 5 },
    }];
    render(<Queue api={api} leadId={null} />);
    const entry = (await screen.findByRole('link', { name: 'Liam Fraser' })).closest('li');
    expect(entry?.textContent).toContain('Requested contact by phone, after 3pm only; texts only · waiting');
  });
});
