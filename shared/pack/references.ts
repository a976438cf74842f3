// Checks that need the whole pack: duplicate ids, ids that point nowhere, corridor geometry vs. nodes.
import { findVertexNear } from './geo';
import { formatPath, type PathSegment, type Problem } from './problems';
import { COLLECTIONS, entityKey, type CollectionName, type Facility, type Pack, type Position } from './schema/pack';

/** The collections of a pack; an entry is null where that entity failed the schema (its problems are reported already). */
export type PackView = { [C in CollectionName]: ReadonlyArray<Pack[C][number] | null> };

/** How far (km) a corridor's line may pass from one of its nodes. */
export const NODE_TOLERANCE_KM = 2;

function idSet(pack: PackView, collection: CollectionName, problems: Problem[]): Set<string> {
  const seen = new Set<string>();
  pack[collection].forEach((entity, i) => {
    if (entity === null) return;
    const key = entityKey(collection, entity);
    const field = collection === 'countries' ? 'code' : 'id';
    if (seen.has(key)) problems.push({ path: formatPath([collection, i, field]), message: `duplicate id "${key}"` });
    seen.add(key);
  });
  return seen;
}

/**
 * Duplicate ids, dangling references and corridor shape. `brokenIds` are ids of entities that failed
 * the schema: references to them are not reported as dangling.
 */
export function checkReferences(pack: PackView, brokenIds?: Partial<Record<CollectionName, ReadonlySet<string>>>): Problem[] {
  const problems: Problem[] = [];
  const ids = {} as Record<CollectionName, Set<string>>;
  for (const c of COLLECTIONS) {
    ids[c] = idSet(pack, c, problems);
    brokenIds?.[c]?.forEach((id) => ids[c].add(id));
  }

  const expect = (path: PathSegment[], values: readonly string[] | undefined, target: CollectionName, what: string) => {
    values?.forEach((v, i) => {
      if (!ids[target].has(v)) problems.push({ path: formatPath([...path, i]), message: `no ${what} with id "${v}"` });
    });
  };
  const sources = (path: PathSegment[], values: readonly string[]) => expect(path, values, 'sources', 'source');
  const facilities = new Map<string, Facility>();
  for (const f of pack.facilities) if (f !== null) facilities.set(f.id, f);

  pack.countries.forEach((c, i) => {
    if (c === null) return;
    sources(['countries', i, 'sourceIds'], c.sourceIds);
    c.engagements.forEach((e, j) => {
      const at: PathSegment[] = ['countries', i, 'engagements', j];
      sources([...at, 'sourceIds'], e.sourceIds);
      expect([...at, 'eventIds'], e.eventIds, 'events', 'event');
      expect([...at, 'depositIds'], e.depositIds, 'deposits', 'deposit');
    });
  });
  pack.deposits.forEach((d, i) => {
    if (d === null) return;
    sources(['deposits', i, 'sourceIds'], d.sourceIds);
    expect(['deposits', i, 'partnerCountries'], d.partnerCountries, 'countries', 'country');
    const estimateIds = new Set<string>();
    d.estimates.forEach((e, j) => {
      sources(['deposits', i, 'estimates', j, 'sourceIds'], e.sourceIds);
      if (estimateIds.has(e.id)) problems.push({ path: formatPath(['deposits', i, 'estimates', j, 'id']), message: `duplicate id "${e.id}"` });
      estimateIds.add(e.id);
    });
  });
  pack.facilities.forEach((f, i) => {
    if (f === null) return;
    sources(['facilities', i, 'sourceIds'], f.sourceIds);
    expect(['facilities', i, 'depositIds'], f.depositIds, 'deposits', 'deposit');
  });
  pack.corridors.forEach((c, i) => {
    if (c === null) return;
    sources(['corridors', i, 'sourceIds'], c.sourceIds);
    expect(['corridors', i, 'nodeIds'], c.nodeIds, 'facilities', 'facility');
    problems.push(...checkCorridorShape(c, i, facilities));
  });
  pack.events.forEach((e, i) => {
    if (e === null) return;
    sources(['events', i, 'sourceIds'], e.sourceIds);
    expect(['events', i, 'countryCodes'], e.countryCodes, 'countries', 'country');
    expect(['events', i, 'depositIds'], e.depositIds, 'deposits', 'deposit');
    expect(['events', i, 'facilityIds'], e.facilityIds, 'facilities', 'facility');
    if (e.endDate !== undefined && e.endDate < e.date)
      problems.push({ path: formatPath(['events', i, 'endDate']), message: `${e.endDate} is before the start date ${e.date}` });
  });
  pack.indicators.forEach((ind, i) => {
    if (ind === null) return;
    sources(['indicators', i, 'sourceIds'], ind.sourceIds);
    expect(['indicators', i, 'countryCodes'], ind.countryCodes, 'countries', 'country');
  });
  return problems;
}

/** The line must visit every node in order (within NODE_TOLERANCE_KM) and start and end at the end nodes. */
function checkCorridorShape(corridor: Pack['corridors'][number], index: number, facilities: ReadonlyMap<string, Facility>): Problem[] {
  const at = (field: string) => formatPath(['corridors', index, field]);
  const problems: Problem[] = [];
  const legs = corridor.nodeIds.length - 1;
  if (corridor.mode === 'multimodal' && corridor.legModes?.length !== legs)
    problems.push({ path: at('legModes'), message: `a multimodal corridor needs one mode per leg (${legs})` });
  if (corridor.mode !== 'multimodal' && corridor.legModes !== undefined)
    problems.push({ path: at('legModes'), message: 'only multimodal corridors list leg modes' });

  const nodes = corridor.nodeIds.map((id) => facilities.get(id));
  if (nodes.some((n) => n === undefined)) return problems; // dangling ids are reported above
  const line = corridor.geometry;
  let from = 0;
  nodes.forEach((node, k) => {
    const point: Position = [node!.location.lon, node!.location.lat];
    const found = findVertexNear(line, point, from, NODE_TOLERANCE_KM);
    const mustBeAt = k === 0 ? 0 : k === nodes.length - 1 ? line.length - 1 : -1;
    if (found === -1 || (mustBeAt >= 0 && findVertexNear(line, point, mustBeAt, NODE_TOLERANCE_KM) !== mustBeAt)) {
      const where = k === 0 ? 'start at' : k === nodes.length - 1 ? 'end at' : 'pass through';
      problems.push({ path: at('geometry'), message: `does not ${where} node "${node!.id}" (in order, within ${NODE_TOLERANCE_KM} km)` });
    } else from = found + 1;
  });
  return problems;
}
