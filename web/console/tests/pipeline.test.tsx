import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Api } from '../src/api';
import { announcements, PipelineBoard } from '../src/Pipeline';
import { FakeApi } from './fake-api';

async function board() {
  const server = new FakeApi();
  const api = new Api({ fetch: server.fetch });
  await api.signIn('sam@copperline.coffee', 'right');
  render(<PipelineBoard api={api} />);
  return { server, card: await screen.findByRole('button', { name: /Maya Chen/ }) };
}

async function moved(server: FakeApi, stage: string) {
  await waitFor(() => expect(server.deals[0].stage).toBe(stage));
  await waitFor(() => expect(document.activeElement?.textContent).toMatch(/Maya Chen/));
}

afterEach(cleanup);

describe('PipelineBoard', () => {
  it('moves a focused deal to the next stage with ArrowRight, sending its version', async () => {
    const { server, card } = await board();
    card.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(server.deals[0].stage).toBe('contacted'));
    const patch = server.calls.find((c) => c.method === 'PATCH');
    expect(patch?.body).toEqual({ stage: 'contacted', version: 1 });
    await waitFor(() => expect(screen.getByTestId('board-status').textContent).toMatch(/Moved/));
  });

  it('reloads and says so when the deal changed meanwhile (409)', async () => {
    const { server, card } = await board();
    server.deals[0].version = 5;
    card.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(screen.getByTestId('board-status').textContent).toMatch(/Someone else changed/));
    expect(server.deals[0].stage).toBe('new');
  });

  it('keeps focus on the moved card, so a second arrow moves it again', async () => {
    const { server, card } = await board();
    card.focus();
    await userEvent.keyboard('{ArrowRight}');
    await moved(server, 'contacted');
    expect(document.activeElement?.closest('[data-stage]')?.getAttribute('data-stage')).toBe('contacted');
    await userEvent.keyboard('{ArrowRight}');
    await moved(server, 'meeting');
    expect(screen.getByTestId('board-status').textContent).toBe('Moved “Maya Chen — new cafe” to the Meeting column.');
  });

  it('describes the card with instructions that name the keys it handles, and nests no controls', async () => {
    const { card } = await board();
    const described = (card.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described.join(' ')).toContain('Left or Right arrow');
    expect(described.join(' ')).not.toMatch(/space/i);
    expect(card.querySelector('button, a, input, select, textarea')).toBeNull();
    expect(card.closest('[data-deal-id]')?.querySelectorAll('button, a').length).toBe(1);
  });

  it('announces drags with the deal title and the column name, never the ids', () => {
    const say = announcements(() => 'Maya Chen — new cafe');
    const active = { id: 'a'.repeat(32) } as never;
    const over = { id: 'contacted' } as never;
    expect(say.onDragEnd({ active, over } as never)).toBe('“Maya Chen — new cafe” was dropped in the Contacted column.');
    expect(say.onDragOver({ active, over } as never)).not.toContain('a'.repeat(32));
  });

  it('shows every stage column with its count', async () => {
    await board();
    for (const name of ['New', 'Contacted', 'Meeting', 'Proposal', 'Won', 'Lost']) {
      expect(screen.getByRole('region', { name: `${name} column` })).toBeTruthy();
    }
  });
});
