// The pack content every feature reads (map, search, filters, detail, analysis, partners, timeline): live from
// the database (useLiveQuery), or from the bundled pack file (read-only) until the first pack is in the database.
// One provider reads it for the whole window; a component outside any provider reads it itself.
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { currentPack, db } from './index';
import {
  validatePack, type Corridor, type Country, type Deposit, type Facility, type Indicator, type PackEvent, type Source,
} from '../../shared/pack';

export interface PackContent {
  deposits: Deposit[];
  facilities: Facility[];
  corridors: Corridor[];
  countries: Country[];
  events: PackEvent[];
  indicators: Indicator[];
  sources: Source[];
  /** Where the content came from: the database, or the bundled file before the database is filled. */
  origin: 'database' | 'bundled';
  /** The pack's checksum: the same content read from the file and later from the database is not redrawn. */
  checksum?: string;
}

async function readDatabase(): Promise<PackContent | null> {
  const [deposits, facilities, corridors, countries, events, indicators, sources, pack] = await Promise.all([
    db.deposits.toArray(), db.facilities.toArray(), db.corridors.toArray(), db.countries.toArray(),
    db.events.toArray(), db.indicators.toArray(), db.sources.toArray(), currentPack(db),
  ]);
  if (deposits.length === 0 && corridors.length === 0) return null;
  return { deposits, facilities, corridors, countries, events, indicators, sources, origin: 'database', checksum: pack?.checksum };
}

let bundled: Promise<PackContent> | undefined;
function readBundled(): Promise<PackContent> {
  bundled ??= import('../../assets/packs/mongolia-critical-minerals.pack.json').then((m) => {
    const result = validatePack(m.default as unknown);
    if (!result.ok) throw new Error('The bundled data pack does not validate.');
    const { deposits, facilities, corridors, countries, events, indicators, sources, checksum } = result.pack;
    return { deposits, facilities, corridors, countries, events, indicators, sources, origin: 'bundled' as const, checksum };
  });
  return bundled;
}

/** The content once, outside React (exports): the database's, else the bundled file's. */
export async function loadPackContent(): Promise<PackContent> {
  return (await readDatabase().catch(() => null)) ?? readBundled();
}

/** Reads the content live; `enabled: false` subscribes to nothing (a provider above already reads it). */
function useLivePackContent(enabled: boolean): PackContent | undefined {
  const fromDb = useLiveQuery(() => (enabled ? readDatabase().catch(() => null) : undefined), [enabled], undefined);
  const [fallback, setFallback] = useState<PackContent>();
  useEffect(() => {
    if (enabled && fromDb === null && !fallback) void readBundled().then(setFallback);
  }, [enabled, fromDb, fallback]);
  const next = fromDb ?? (fromDb === null ? fallback : undefined);
  // Keep the same object while the pack is the same (the bundled file, then the database copy of it), so the
  // map, search index and panels are not rebuilt for identical content.
  const kept = useRef<PackContent | undefined>(undefined);
  if (!next || !kept.current || !next.checksum || next.checksum !== kept.current.checksum) kept.current = next;
  return kept.current;
}

const NO_PROVIDER = Symbol('no pack content provider');
const PackContext = createContext<PackContent | undefined | typeof NO_PROVIDER>(NO_PROVIDER);

export function PackContentProvider({ children }: { children: ReactNode }) {
  return <PackContext.Provider value={useLivePackContent(true)}>{children}</PackContext.Provider>;
}

/** The pack content; undefined while the first read is under way. */
export function usePackContent(): PackContent | undefined {
  const provided = useContext(PackContext);
  const own = useLivePackContent(provided === NO_PROVIDER);
  return provided === NO_PROVIDER ? own : provided;
}
