// The pack content analysis needs, read live from the database. Until the first pack is in the database the
// bundled pack file is read (read-only) so routes, partners and charts work on a first run too.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../../db';
import { validatePack, type Corridor, type Country, type Deposit, type Facility, type Indicator, type PackEvent, type Source } from '../../../shared/pack';

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
}

async function readDatabase(): Promise<PackContent | null> {
  const [deposits, facilities, corridors, countries, events, indicators, sources] = await Promise.all([
    db.deposits.toArray(), db.facilities.toArray(), db.corridors.toArray(), db.countries.toArray(),
    db.events.toArray(), db.indicators.toArray(), db.sources.toArray(),
  ]);
  if (deposits.length === 0 && corridors.length === 0) return null;
  return { deposits, facilities, corridors, countries, events, indicators, sources, origin: 'database' };
}

let bundled: Promise<PackContent> | undefined;
function readBundled(): Promise<PackContent> {
  bundled ??= import('../../../assets/packs/mongolia-critical-minerals.pack.json').then((m) => {
    const result = validatePack(m.default as unknown);
    if (!result.ok) throw new Error('The bundled data pack does not validate.');
    const { deposits, facilities, corridors, countries, events, indicators, sources } = result.pack;
    return { deposits, facilities, corridors, countries, events, indicators, sources, origin: 'bundled' as const };
  });
  return bundled;
}

/** The content once, outside React (exports): the database's, else the bundled file's. */
export async function loadPackContent(): Promise<PackContent> {
  return (await readDatabase().catch(() => null)) ?? readBundled();
}

/** undefined while loading. */
export function usePackContent(): PackContent | undefined {
  const fromDb = useLiveQuery(() => readDatabase().catch(() => null), [], undefined);
  const [fallback, setFallback] = useState<PackContent>();
  useEffect(() => {
    if (fromDb === null && !fallback) void readBundled().then(setFallback);
  }, [fromDb, fallback]);
  if (fromDb) return fromDb;
  return fromDb === null ? fallback : undefined;
}
