/** `GET /crm/analytics/llm` as a table: totals, then one row per model and per purpose. */
import { ScrollX } from './ScrollX';

export interface UsageFigures { calls: number; prompt_tokens: number; completion_tokens: number; cost_usd: number; errors: number; fallbacks: number }
export interface LlmUsage extends UsageFigures {
  by_model: (UsageFigures & { model: string })[];
  by_purpose: (UsageFigures & { purpose: string })[];
}

const number = new Intl.NumberFormat('en-US');
const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 });

function Row({ name, figures, header = false }: { name: string; figures: UsageFigures; header?: boolean }) {
  const Name = header ? 'th' : 'td';
  return (
    <tr>
      <Name scope={header ? 'row' : undefined}>{name}</Name>
      <td>{number.format(figures.calls)}</td>
      <td>{number.format(figures.prompt_tokens)}</td>
      <td>{number.format(figures.completion_tokens)}</td>
      <td>{dollars.format(figures.cost_usd)}</td>
      <td>{number.format(figures.errors)}</td>
      <td>{number.format(figures.fallbacks)}</td>
    </tr>
  );
}

export function LlmUsageTable({ usage }: { usage: LlmUsage }) {
  return (
    <figure aria-label="LLM usage">
      <figcaption>LLM usage</figcaption>
      <ScrollX label="LLM usage table">
        <table className="grid small">
          <thead><tr><th>Group</th><th>Calls</th><th>Prompt tokens</th><th>Completion tokens</th><th>Cost</th><th>Errors</th><th>Fallbacks</th></tr></thead>
          <tbody>
            <Row name="All calls" figures={usage} header />
            {usage.by_model.map((m) => <Row key={`m-${m.model}`} name={`Model ${m.model}`} figures={m} />)}
            {usage.by_purpose.map((p) => <Row key={`p-${p.purpose}`} name={`For ${p.purpose.replace(/_/g, ' ')}`} figures={p} />)}
          </tbody>
        </table>
      </ScrollX>
      {usage.calls === 0 && <p className="muted">No LLM calls in this period (the local brain answers without one).</p>}
    </figure>
  );
}
