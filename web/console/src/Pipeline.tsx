import {
  DndContext,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type Api } from './api';
import { CustomerBadge } from './CustomerBadge';
import { DealPanel } from './DealPanel';
import { label, money, neighbourStage } from './format';
import { href, navigate } from './router';
import { Sheet } from './Sheet';
import { STAGES, type Deal, type PipelineColumn, type Stage } from './types';

export const INSTRUCTIONS =
  'Press the Left or Right arrow key to move this deal to the previous or next stage; press Enter to open it. With a mouse or a finger, drag the card to another column.';

/** What a screen reader hears during a pointer drag: the deal's title and the columns' names. */
export function announcements(titleOf: (id: string | number) => string): Announcements {
  const column = (id: string | number | undefined) => (id ? `the ${label(String(id))} column` : 'no column');
  return {
    onDragStart: ({ active }) => `Picked up the deal “${titleOf(active.id)}”.`,
    onDragOver: ({ active, over }) => `“${titleOf(active.id)}” is over ${column(over?.id)}.`,
    onDragEnd: ({ active, over }) => (over ? `“${titleOf(active.id)}” was dropped in ${column(over.id)}.` : `“${titleOf(active.id)}” was put back.`),
    onDragCancel: ({ active }) => `Moving “${titleOf(active.id)}” was cancelled.`,
  };
}

function Card({ deal, onKeyMove }: { deal: Deal; onKeyMove: (to: Stage) => void }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({
    id: deal.id,
    data: { deal },
    attributes: { roleDescription: 'deal card' },
  });
  const style = transform ? { transform: `translate(${transform.x}px, ${transform.y}px)` } : undefined;
  function onKeyDown(event: React.KeyboardEvent) {
    const to = neighbourStage(deal.stage, event.key);
    if (!to) return;
    event.preventDefault();
    onKeyMove(to);
  }
  return (
    <li ref={setNodeRef} style={style} className={`card${isDragging ? ' dragging' : ''}`} data-deal-id={deal.id}>
      <button
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        type="button"
        className="card-handle"
        onKeyDown={onKeyDown}
        onClick={() => navigate({ section: 'pipeline', id: deal.id })}
      >
        {deal.title}
      </button>
      <CustomerBadge customer={deal.existing_customer} />
      <span>{deal.company ?? ''}</span>
      <span>{money(deal.amount)} · {Math.round(deal.probability * 100)}%</span>
    </li>
  );
}

function Column({ column, count, children }: { column: PipelineColumn; count: number; children: React.ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });
  return (
    <section ref={setNodeRef} className={`column${isOver ? ' over' : ''}`} aria-label={`${label(column.stage)} column`} data-stage={column.stage}>
      <h3>{label(column.stage)} <small>({count})</small></h3>
      <p className="totals">{money(column.amount)} <span className="muted">weighted {money(column.weighted_amount)}</span></p>
      <ul className="cards">{children}</ul>
    </section>
  );
}

/** Focus the card's handle once it is rendered in its new column (it is a new element there). */
function useFocusAfterMove(deals: Deal[]): (id: string) => void {
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    if (!pending) return;
    const handle = document.querySelector<HTMLElement>(`[data-deal-id="${pending}"] .card-handle`);
    if (handle) {
      handle.focus();
      setPending(null);
    }
  }, [deals, pending]);
  return setPending;
}

export function PipelineBoard({ api, dealId = null }: { api: Api; dealId?: string | null }) {
  const [deals, setDeals] = useState<Deal[]>([]);
  const [columns, setColumns] = useState<PipelineColumn[]>([]);
  const [message, setMessage] = useState('');
  const focusLater = useFocusAfterMove(deals);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }));
  const load = useCallback(async () => {
    try {
      const [page, pipeline] = await Promise.all([
        api.json<{ items: Deal[] }>('GET', '/crm/deals?limit=200'),
        api.json<{ columns: PipelineColumn[] }>('GET', '/crm/pipeline'),
      ]);
      setDeals(page.items);
      setColumns(pipeline.columns);
    } catch (e) {
      setMessage((e as Error).message);
    }
  }, [api]);
  useEffect(() => void load(), [load]);

  const moving = useRef(false);
  const move = useCallback(
    async (deal: Deal, stage: Stage, byKeyboard: boolean) => {
      if (deal.stage === stage || moving.current) return; // one move at a time: each needs the last version
      let lostReason: string | null = null;
      if (stage === 'lost') {
        lostReason = window.prompt(`Why was “${deal.title}” lost?`);
        if (!lostReason) return;
      }
      const body: Record<string, unknown> = { stage, version: deal.version };
      if (lostReason) body.lost_reason = lostReason;
      moving.current = true;
      try {
        const updated = await api.json<Deal>('PATCH', `/crm/deals/${deal.id}`, body);
        setDeals((all) => all.map((d) => (d.id === updated.id ? updated : d)));
        setMessage(`Moved “${deal.title}” to the ${label(stage)} column.`);
      } catch (e) {
        setMessage(e instanceof ApiError && e.status === 409 ? `Someone else changed “${deal.title}”; the board was reloaded.` : (e as Error).message);
      } finally {
        moving.current = false;
      }
      if (byKeyboard) focusLater(deal.id); // the card is a new element in its new column
      await load();
    },
    [api, load, focusLater],
  );

  function onDragEnd(event: DragEndEvent) {
    const deal = deals.find((d) => d.id === event.active.id);
    const stage = event.over?.id as Stage | undefined;
    if (deal && stage) void move(deal, stage, false);
  }
  const titleOf = (id: string | number) => deals.find((d) => d.id === id)?.title ?? 'deal';

  return (
    <section className="split" aria-labelledby="pipeline-title">
      <div>
        <h2 id="pipeline-title">Pipeline</h2>
        <p id="board-instructions" className="muted">{INSTRUCTIONS}</p>
        <p role="status" aria-live="polite" className="muted" data-testid="board-status">{message}</p>
        <DndContext
          sensors={sensors}
          onDragEnd={onDragEnd}
          accessibility={{ announcements: announcements(titleOf), screenReaderInstructions: { draggable: INSTRUCTIONS } }}
        >
          <div className="board">
            {STAGES.map((stage) => {
              const column = columns.find((c) => c.stage === stage) ?? { stage, count: 0, amount: 0, weighted_amount: 0 };
              const inStage = deals.filter((d) => d.stage === stage);
              return (
                <Column key={stage} column={column} count={inStage.length}>
                  {inStage.map((deal) => (
                    <Card key={deal.id} deal={deal} onKeyMove={(to) => void move(deal, to, true)} />
                  ))}
                </Column>
              );
            })}
          </div>
        </DndContext>
      </div>
      {dealId && (
        <Sheet label="Deal detail" onClose={() => navigate({ section: 'pipeline', id: null })}>
          <DealPanel api={api} dealId={dealId} />
          <p><a href={href({ section: 'pipeline', id: null })}>Back to the board</a></p>
        </Sheet>
      )}
    </section>
  );
}
