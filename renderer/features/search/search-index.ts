// The search index over deposits, facilities, corridors and events (MiniSearch), in every name language.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Corridor, Deposit, Facility, LocalizedName, PackEvent } from '../../../shared/pack';
import { normalizeTerm, tokenize } from './normalize';

export type SearchKind = 'deposit' | 'facility' | 'corridor' | 'event';

export interface SearchDocument {
  /** "deposit:oyu-tolgoi" */
  key: string;
  kind: SearchKind;
  id: string;
  en: string;
  mn: string;
  ko: string;
  other: string;
  /** Names with spaces and hyphens removed, so "oyutolgoi" finds "Oyu Tolgoi". */
  compact: string;
  /** Secondary words that also find it: aimag, commodities, country, mode. */
  extra: string;
  lon?: number;
  lat?: number;
}

export interface SearchHit extends SearchDocument {
  score: number;
}

const squash = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '');
const nameFields = (n: LocalizedName) => ({
  en: n.en, mn: n.mn ?? '', ko: n.ko ?? '', other: [n.ja, n.zh, n.ru, n.local].filter(Boolean).join(' '),
  compact: [n.en, n.mn, n.ko].filter((s): s is string => !!s && /\s|-/.test(s)).map(squash).join(' '),
});

export interface Searchable {
  deposits: readonly Deposit[];
  facilities: readonly Facility[];
  corridors: readonly Corridor[];
  events?: readonly PackEvent[];
}

export function searchDocuments(data: Searchable): SearchDocument[] {
  return [
    ...data.deposits.map((d): SearchDocument => ({
      key: `deposit:${d.id}`, kind: 'deposit', id: d.id, ...nameFields(d.name),
      extra: [d.aimag, ...d.commodities, d.depositType].join(' '), lon: d.location.lon, lat: d.location.lat,
    })),
    ...data.facilities.map((f): SearchDocument => ({
      key: `facility:${f.id}`, kind: 'facility', id: f.id, ...nameFields(f.name),
      extra: [f.kind, f.country].join(' '), lon: f.location.lon, lat: f.location.lat,
    })),
    ...data.corridors.map((c): SearchDocument => {
      const mid = c.geometry[Math.floor(c.geometry.length / 2)];
      return { key: `corridor:${c.id}`, kind: 'corridor', id: c.id, ...nameFields(c.name), extra: [c.mode, ...c.transitCountries].join(' '), lon: mid[0], lat: mid[1] };
    }),
    ...(data.events ?? []).map((e): SearchDocument => ({
      key: `event:${e.id}`, kind: 'event', id: e.id, en: e.title.en, mn: e.title.mn ?? '', ko: e.title.ko ?? '', other: '', compact: '',
      extra: [e.date, e.kind, ...e.countryCodes].join(' '),
    })),
  ];
}

/** Words up to this many letters get no typo tolerance. */
const FUZZY_MIN = 4;

const FIELDS = ['en', 'mn', 'ko', 'other', 'compact', 'extra'] as const;

export class AtlasSearch {
  private readonly index: MiniSearch<SearchDocument>;

  constructor(documents: readonly SearchDocument[]) {
    this.index = new MiniSearch<SearchDocument>({
      idField: 'key',
      fields: [...FIELDS],
      storeFields: ['key', 'kind', 'id', 'en', 'mn', 'ko', 'lon', 'lat', 'extra', 'other'],
      tokenize,
      processTerm: (term) => normalizeTerm(term) || null,
      searchOptions: {
        boost: { en: 3, mn: 3, ko: 3, other: 2, compact: 2, extra: 1 },
        // A one-letter word would expand to half the dictionary; it must match whole until a second letter comes.
        prefix: (term) => term.length > 1,
        // Typo tolerance grows with the word: none up to 4 letters, one edit up to 8, then two.
        fuzzy: (term) => (term.length <= FUZZY_MIN ? false : term.length <= 8 ? 1 : 2),
        maxFuzzy: 2,
        // Places before events when scores tie closely.
        boostDocument: (_id, _term, stored) => (stored?.kind === 'event' ? 0.6 : 1),
      },
    });
    this.index.addAll(documents as SearchDocument[]);
  }

  /** Best matches first; every word must match (falls back to any word when none match all). */
  search(query: string, limit = 8): SearchHit[] {
    const q = query.trim();
    // One Latin or Cyrillic letter matches half the index; wait for a second (a Hangul syllable is enough).
    if (!q || (q.length < 2 && !/[\uac00-\ud7a3]/.test(q))) return [];
    // Exact and prefix matches first (cheap, and what a correctly typed name gives); typo tolerance only when
    // they find too little, since fuzzy expansion is the expensive part on a large index.
    let results: SearchResult[] = this.index.search(q, { combineWith: 'AND', fuzzy: false });
    const typoTolerant = tokenize(q).some((t) => normalizeTerm(t).length > FUZZY_MIN);
    if (results.length < limit && typoTolerant) {
      const fuzzy = this.index.search(q, { combineWith: 'AND' });
      if (fuzzy.length > results.length) results = fuzzy;
    }
    if (!results.length) results = this.index.search(q, { combineWith: 'OR' });
    return results.slice(0, limit).map((r) => ({ ...(r as unknown as SearchDocument), score: r.score }));
  }
}
