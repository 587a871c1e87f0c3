import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Api } from '../src/api';
import { PipelineBoard } from '../src/Pipeline';
import { FakeApi } from './fake-api';

async function board() {
  const server = new FakeApi();
  const api = new Api({ fetch: server.fetch });
  await api.signIn('sam@copperline.coffee', 'right');
  render(<PipelineBoard api={api} />);
  return { server, card: await screen.findByRole('button', { name: /Maya Chen/ }) };
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

  it('shows every stage column with its count', async () => {
    await board();
    for (const name of ['New', 'Contacted', 'Meeting', 'Proposal', 'Won', 'Lost']) {
      expect(screen.getByRole('region', { name: `${name} column` })).toBeTruthy();
    }
  });
});
