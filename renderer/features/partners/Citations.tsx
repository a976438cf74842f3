// Numbered citations: [n] markers next to facts and the source list they point to.
import type { Source } from '../../../shared/pack';

export function Cite({ ids, order }: { ids: readonly string[]; order: readonly string[] }) {
  const numbers = ids.map((id) => order.indexOf(id) + 1).filter((n) => n > 0);
  if (numbers.length === 0) return null;
  return <sup className="pt-cite">{numbers.map((n) => `[${n}]`).join('')}</sup>;
}

export function SourceList({ order, sources, title }: { order: readonly string[]; sources: readonly Source[]; title: string }) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (
    <section className="pt-sources">
      <h4>{title}</h4>
      <ol>
        {order.map((id) => {
          const s = byId.get(id);
          return (
            <li key={id}>
              {s ? <>{s.title} — {s.publisher}{s.date ? `, ${s.date}` : ''}{s.url ? <span className="pt-url"> ({s.url})</span> : null}</> : id}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
