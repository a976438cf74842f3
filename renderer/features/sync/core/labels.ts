// A human name for any pack entity, in the languages the UI shows.
import type { CollectionName, LocalizedName, PackEntity } from '../../../../shared/pack';

export type EntityLabel = Pick<LocalizedName, 'en' | 'ko' | 'mn'>;

export function entityLabel(collection: CollectionName, entity: PackEntity): EntityLabel {
  const e = entity as unknown as Record<string, unknown>;
  if (collection === 'sources') return { en: String(e.title) };
  const named = (collection === 'events' ? e.title : e.name) as EntityLabel | undefined;
  return named ? { en: named.en, ko: named.ko, mn: named.mn } : { en: String(e.id ?? e.code) };
}

/** The order people read collections in: what is on the map first, citations last. */
export const DISPLAY_ORDER: readonly CollectionName[] = ['deposits', 'corridors', 'facilities', 'countries', 'events', 'indicators', 'sources'];
