// Corridors from reference/corridors.csv: geometry drawn through the nodes with waypoints (see waypoints.ts).
import { greatCirclePoints, type Corridor, type Facility, type Position } from '../../../shared/pack';
import { CORRIDOR_NOTES, LEG_MODES } from './corridor-notes';
import { CORRIDOR_NAMES } from './names-ko-mn';
import { citeIds } from './sources';
import { WAYPOINTS } from './waypoints';

type Row = Record<string, string>;

const STATUS: Record<string, Corridor['status']> = { operating: 'operating', 'under-construction': 'construction', planned: 'planned', proposed: 'proposed' };

function geometry(nodeIds: string[], mode: string, at: (id: string) => Position): Position[] {
  const line: Position[] = [at(nodeIds[0])];
  for (let i = 1; i < nodeIds.length; i++) {
    const from = at(nodeIds[i - 1]);
    const to = at(nodeIds[i]);
    if (mode === 'air') line.push(...greatCirclePoints(from, to, 100).slice(1, -1));
    else line.push(...(WAYPOINTS[`${nodeIds[i - 1]}>${nodeIds[i]}`] ?? []));
    line.push(to);
  }
  return line;
}

export function buildCorridors(rows: Row[], facilities: Facility[]): Corridor[] {
  const byId = new Map(facilities.map((f) => [f.id, f]));
  const at = (id: string): Position => {
    const f = byId.get(id);
    if (!f) throw new Error(`corridor node ${id} is not a facility`);
    return [f.location.lon, f.location.lat];
  };
  return rows.map((row): Corridor => {
    const nodeIds = row.node_ids.split(';');
    const note = CORRIDOR_NOTES[row.id];
    if (!note) throw new Error(`no notes written for corridor ${row.id}`);
    const status = STATUS[row.status];
    if (!status) throw new Error(`corridor ${row.id}: unknown status ${row.status}`);
    return {
      id: row.id,
      name: { en: row.name_en, ...CORRIDOR_NAMES[row.id] },
      mode: row.mode as Corridor['mode'],
      ...(LEG_MODES[row.id] ? { legModes: LEG_MODES[row.id] } : {}),
      status,
      ...(row.opened_year ? { openedYear: Number(row.opened_year) } : {}),
      nodeIds,
      geometry: geometry(nodeIds, row.mode, at),
      transitCountries: row.transit_countries.split(';'),
      ...(row.length_km ? { lengthKm: Number(row.length_km) } : {}),
      notes: { en: note.notes },
      confidence: row.confidence as Corridor['confidence'],
      ...(note.caveats ? { caveats: note.caveats.map(([field, confidence, text]) => ({ field, confidence, note: { en: text } })) } : {}),
      sourceIds: citeIds(row.source),
    };
  });
}
