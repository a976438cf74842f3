// The pack content the map, search, filters and detail panel read: live from the database (useLiveQuery),
// or from the bundled pack file (read-only) until the first pack has been loaded into the database.
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { currentPack, db } from '../../db';
import {
  validatePack, type Corridor, type Country, type Deposit, type Facility, type PackEvent, type Source,
} from '../../../shared/pack';

export interface AtlasContent {
  deposits: Deposit[];
  facilities: Facility[];
  corridors: Corridor[];
  countries: Country[];
  events: PackEvent[];
  sources: Source[];
  origin: 'database' | 'bundled';
  /** The pack's checksum: the same content read from the file and later from the database is not redrawn. */
  checksum?: string;
}

async function readDatabase(): Promise<AtlasContent | null> {
  const [deposits, facilities, corridors, countries, events, sources, pack] = await Promise.all([
    db.deposits.toArray(), db.facilities.toArray(), db.corridors.toArray(), db.countries.toArray(), db.events.toArray(), db.sources.toArray(),
    currentPack(db),
  ]);
  if (!deposits.length && !corridors.length) return null;
  return { deposits, facilities, corridors, countries, events, sources, origin: 'database', checksum: pack?.checksum };
}

let bundled: Promise<AtlasContent> | undefined;
function readBundled(): Promise<AtlasContent> {
  bundled ??= import('../../../assets/packs/mongolia-critical-minerals.pack.json').then((m) => {
    const result = validatePack(m.default as unknown);
    if (!result.ok) throw new Error('The bundled data pack does not validate.');
    const { deposits, facilities, corridors, countries, events, sources, checksum } = result.pack;
    return { deposits, facilities, corridors, countries, events, sources, origin: 'bundled' as const, checksum };
  });
  return bundled;
}

const AtlasContext = createContext<AtlasContent | undefined>(undefined);

export function AtlasDataProvider({ children }: { children: ReactNode }) {
  const fromDb = useLiveQuery(() => readDatabase().catch(() => null), [], undefined);
  const [fallback, setFallback] = useState<AtlasContent>();
  useEffect(() => {
    if (fromDb === null && !fallback) void readBundled().then(setFallback);
  }, [fromDb, fallback]);
  const next = fromDb ?? (fromDb === null ? fallback : undefined);
  // Keep the same object while the pack is the same (the bundled file, then the database copy of it), so the
  // map, search index and panels are not rebuilt for identical content.
  const kept = useRef<AtlasContent | undefined>(undefined);
  if (!next || !kept.current || !next.checksum || next.checksum !== kept.current.checksum) kept.current = next;
  const value = kept.current;
  return <AtlasContext.Provider value={value}>{children}</AtlasContext.Provider>;
}

/** undefined while the first read is under way. */
export function useAtlasData(): AtlasContent | undefined {
  return useContext(AtlasContext);
}

/** Lookup tables by id, rebuilt only when the content changes. */
export function useAtlasIndex() {
  const data = useAtlasData();
  return useMemo(() => {
    if (!data) return undefined;
    return {
      deposits: new Map(data.deposits.map((d) => [d.id, d])),
      facilities: new Map(data.facilities.map((f) => [f.id, f])),
      corridors: new Map(data.corridors.map((c) => [c.id, c])),
      countries: new Map(data.countries.map((c) => [c.code, c])),
      sources: new Map(data.sources.map((s) => [s.id, s])),
    };
  }, [data]);
}
