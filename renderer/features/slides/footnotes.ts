// Sources shown as footnotes: collected from the highlighted features' sourceIds, numbered once per deck.
import type { Source } from '../../../shared/pack';
import type { SteppeDatabase } from '../../db';
import type { CitedSource, Deck, FeatureRef } from './model';

const keyOf = (ref: FeatureRef) => `${ref.kind}:${ref.id}`;

export function citeSource(source: Source): CitedSource {
  return { id: source.id, title: source.title, publisher: source.publisher, ...(source.date ? { date: source.date } : {}), ...(source.url ? { url: source.url } : {}) };
}

/**
 * The sources a slide cites, in the order its highlighted features name them, each once.
 * `sourceIdsByFeature` is keyed `kind:id`; ids that do not resolve to a source are skipped.
 */
export function collectSources(
  highlighted: readonly FeatureRef[],
  sourceIdsByFeature: ReadonlyMap<string, readonly string[]>,
  sources: ReadonlyMap<string, Source>,
): CitedSource[] {
  const seen = new Set<string>();
  const cited: CitedSource[] = [];
  for (const ref of highlighted) {
    for (const id of sourceIdsByFeature.get(keyOf(ref)) ?? []) {
      const source = sources.get(id);
      if (!source || seen.has(id)) continue;
      seen.add(id);
      cited.push(citeSource(source));
    }
  }
  return cited;
}

/** Deck-wide numbering: each source gets one number, in order of first citation; slides refer to those numbers. */
export function numberSources(deck: Pick<Deck, 'slides'>): { appendix: (CitedSource & { n: number })[]; numbersFor: (slideId: string) => number[] } {
  const numbers = new Map<string, number>();
  const appendix: (CitedSource & { n: number })[] = [];
  for (const slide of deck.slides) {
    for (const source of slide.sources) {
      if (numbers.has(source.id)) continue;
      numbers.set(source.id, appendix.length + 1);
      appendix.push({ ...source, n: appendix.length + 1 });
    }
  }
  const bySlide = new Map(deck.slides.map((s) => [s.id, s.sources.map((src) => numbers.get(src.id)!)]));
  return { appendix, numbersFor: (slideId) => bySlide.get(slideId) ?? [] };
}

/** One line for a footnote or the appendix: "Title — Publisher, 2024". */
export function formatSource(source: CitedSource): string {
  return [source.title, [source.publisher, source.date].filter(Boolean).join(', ')].filter(Boolean).join(' — ');
}

const TABLE_BY_KIND = { deposit: 'deposits', facility: 'facilities', corridor: 'corridors', country: 'countries', event: 'events' } as const;

/** Reads the highlighted features and their sources from the database and collects the slide's footnotes. */
export async function loadCitedSources(db: SteppeDatabase, highlighted: readonly FeatureRef[]): Promise<CitedSource[]> {
  if (highlighted.length === 0) return [];
  const sourceIdsByFeature = new Map<string, string[]>();
  await Promise.all(
    highlighted.map(async (ref) => {
      const table = db.table<{ sourceIds?: string[] }, string>(TABLE_BY_KIND[ref.kind]);
      const entity = await table.get(ref.id);
      if (entity?.sourceIds) sourceIdsByFeature.set(keyOf(ref), entity.sourceIds);
    }),
  );
  const ids = [...new Set([...sourceIdsByFeature.values()].flat())];
  const found = await db.sources.bulkGet(ids);
  const sources = new Map(found.filter((s): s is Source => !!s).map((s) => [s.id, s]));
  return collectSources(highlighted, sourceIdsByFeature, sources);
}
