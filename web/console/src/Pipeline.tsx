import {
  DndContext,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, type Api } from './api';
import { DealPanel } from './DealPanel';
import { label, money, neighbourStage } from './format';
import { STAGES, type Deal, type PipelineColumn, type Stage } from './types';

function Card({ deal, onOpen, onKeyMove }: { deal: Deal; onOpen: () => void; onKeyMove: (to: Stage) => void }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: deal.id, data: { deal } });
  const style = transform ? { transform: `translate(${transform.x}px, ${transform.y}px)` } : undefined;
  function onKeyDown(event: React.KeyboardEvent) {
    const to = neighbourStage(deal.stage, event.key);
    if (to) {
      event.preventDefault();
      onKeyMove(to);
    } else if (event.key === 'Enter') {
      onOpen();
    }
  }
  return (
    <div
      ref={setNodeRef}
      style={style}
      {...attributes}
      {...listeners}
      role="button"
      tabIndex={0}
      aria-roledescription="deal card"
      aria-description="Arrow keys move the deal to the previous or next stage; Enter opens it"
      className={`card${isDragging ? ' dragging' : ''}`}
      data-deal-id={deal.id}
      onKeyDown={onKeyDown}
      onDoubleClick={onOpen}
    >
      <strong>{deal.title}</strong>
      <span>{deal.company ?? ''}</span>
      <span>{money(deal.amount)} · {Math.round(deal.probability * 100)}%</span>
      <button className="link" onPointerDown={(e) => e.stopPropagation()} onClick={onOpen}>Open</button>
    </div>
  );
}

function Column({ column, deals, children }: { column: PipelineColumn; deals: Deal[]; children: React.ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });
  return (
    <section ref={setNodeRef} className={`column${isOver ? ' over' : ''}`} aria-label={`${label(column.stage)} column`} data-stage={column.stage}>
      <h3>{label(column.stage)} <small>({deals.length})</small></h3>
      <p className="totals">{money(column.amount)} <span className="muted">weighted {money(column.weighted_amount)}</span></p>
      {children}
    </section>
  );
}

export function PipelineBoard({ api }: { api: Api }) {
  const [deals, setDeals] = useState<Deal[]>([]);
  const [columns, setColumns] = useState<PipelineColumn[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }));
  const load = useCallback(async () => {
    const [page, pipeline] = await Promise.all([
      api.json<{ items: Deal[] }>('GET', '/crm/deals?limit=200'),
      api.json<{ columns: PipelineColumn[] }>('GET', '/crm/pipeline'),
    ]);
    setDeals(page.items);
    setColumns(pipeline.columns);
  }, [api]);
  useEffect(() => void load(), [load]);

  const move = useCallback(
    async (deal: Deal, stage: Stage) => {
      if (deal.stage === stage) return;
      let lostReason: string | null = null;
      if (stage === 'lost') {
        lostReason = window.prompt('Why was this deal lost?');
        if (!lostReason) return;
      }
      const body: Record<string, unknown> = { stage, version: deal.version };
      if (lostReason) body.lost_reason = lostReason;
      try {
        await api.json<Deal>('PATCH', `/crm/deals/${deal.id}`, body);
        setMessage(`Moved “${deal.title}” to ${label(stage)}.`);
      } catch (e) {
        setMessage(e instanceof ApiError && e.status === 409 ? 'Someone else changed this deal; the board was reloaded.' : (e as Error).message);
      }
      await load();
    },
    [api, load],
  );

  function onDragEnd(event: DragEndEvent) {
    const deal = deals.find((d) => d.id === event.active.id);
    const stage = event.over?.id as Stage | undefined;
    if (deal && stage) void move(deal, stage);
  }

  return (
    <section className="split">
      <div>
        <h2>Pipeline</h2>
        <p role="status" aria-live="polite" className="muted" data-testid="board-status">{message}</p>
        <DndContext sensors={sensors} onDragEnd={onDragEnd}>
          <div className="board">
            {STAGES.map((stage) => {
              const column = columns.find((c) => c.stage === stage) ?? { stage, count: 0, amount: 0, weighted_amount: 0 };
              const inStage = deals.filter((d) => d.stage === stage);
              return (
                <Column key={stage} column={column} deals={inStage}>
                  {inStage.map((deal) => (
                    <Card key={deal.id} deal={deal} onOpen={() => setOpen(deal.id)} onKeyMove={(to) => void move(deal, to)} />
                  ))}
                </Column>
              );
            })}
          </div>
        </DndContext>
      </div>
      {open && <DealPanel api={api} dealId={open} onClose={() => setOpen(null)} />}
    </section>
  );
}
