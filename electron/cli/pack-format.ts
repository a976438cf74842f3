// Plain-text renderings of stats and diffs for the terminal.
import type { PackDiff, PackStats } from '../../shared/pack';
import { COLLECTIONS } from '../../shared/pack';

const line = (label: string, counts: Record<string, number | undefined>) =>
  `${label}: ${Object.entries(counts).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0)).map(([k, v]) => `${k} ${v}`).join(', ') || '—'}`;

export function formatStats(s: PackStats): string {
  const m = s.missingTranslations;
  const low = s.lowConfidence;
  return [
    line('entities', s.counts),
    line('deposits by commodity group', s.depositsByGroup),
    line('deposits by commodity', s.depositsByCommodity),
    line('deposits by status', s.depositsByStatus),
    line('deposits by partner', s.depositsByPartner),
    line('corridors by mode', s.corridorsByMode),
    line('corridors by status', s.corridorsByStatus),
    `missing Mongolian (mn): ${m.mn.deposits} deposit names, ${m.mn.facilities} facility names, ${m.mn.countries} country names, ${m.mn.depositDescriptions} deposit descriptions`,
    `missing Korean (ko): ${m.ko.deposits} deposit names, ${m.ko.facilities} facility names, ${m.ko.countries} country names, ${m.ko.depositDescriptions} deposit descriptions`,
    `low confidence: ${low.deposits} deposits (${low.depositLocations} locations), ${low.facilities} facilities, ${low.corridors} corridors, ${low.estimates} estimates, ${low.events} events, ${low.indicators} indicators`,
  ].join('\n');
}

const show = (v: unknown) => (v === undefined ? '(none)' : JSON.stringify(v));
const short = (v: unknown) => {
  const s = show(v);
  return s.length > 100 ? `${s.slice(0, 97)}…` : s;
};

export function formatDiff(d: PackDiff): string {
  const out: string[] = [];
  for (const h of d.header) out.push(`header ${h.path}: ${short(h.before)} → ${short(h.after)}`);
  for (const c of COLLECTIONS) {
    const cd = d.collections[c];
    if (cd.added.length + cd.removed.length + cd.changed.length === 0) continue;
    out.push(`${c}: ${cd.added.length} added, ${cd.removed.length} removed, ${cd.changed.length} changed`);
    for (const a of cd.added) out.push(`  + ${a.id}`);
    for (const r of cd.removed) out.push(`  - ${r.id}`);
    for (const ch of cd.changed) {
      out.push(`  ~ ${ch.id}`);
      for (const f of ch.changes) out.push(`      ${f.path}: ${short(f.before)} → ${short(f.after)}`);
    }
  }
  out.push(`total: ${d.totals.added} added, ${d.totals.removed} removed, ${d.totals.changed} changed`);
  return out.join('\n');
}
