/** A horizontal bar chart in plain SVG-free markup: a handful of rows, no chart library needed. */
export function Bars({ rows, title }: { rows: { label: string; value: number; note?: string }[]; title: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <figure className="bars" aria-label={title}>
      <figcaption>{title}</figcaption>
      {rows.map((r) => (
        <div className="bar-row" key={r.label}>
          <span className="bar-label">{r.label}</span>
          <span className="bar" style={{ width: `${(r.value / max) * 100}%` }} />
          <span className="bar-value">{r.value}{r.note ? ` (${r.note})` : ''}</span>
        </div>
      ))}
    </figure>
  );
}
