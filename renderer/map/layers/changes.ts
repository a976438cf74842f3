// "What changed since last briefing" on the map: a ring around every deposit and facility, and a glow under every
// corridor, that the last applied pack added or changed. Drawn from the sources the map already has (filtered by
// id), so highlighting never re-tiles anything. Pure: ids and theme in, layer specs out.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { MapTheme } from '../style';
import { CORRIDOR_SOURCE, NODE_SOURCE } from './corridors';
import { DEPOSIT_SOURCE } from './deposits';

export interface ChangedIds {
  added: readonly string[];
  changed: readonly string[];
}

/** Ids per pack collection ('deposits', 'facilities', 'corridors', …) that the last applied pack added or changed. */
export type MapChanges = Readonly<Record<string, ChangedIds | undefined>>;

/** The same colours as the change signs in the sync panel (--ok for added, --accent for changed, in app.css). */
export const CHANGE_COLOURS: Record<MapTheme, { added: string; changed: string }> = {
  light: { added: '#2e7d4f', changed: '#9a5b12' },
  dark: { added: '#6cc08b', changed: '#e2a953' },
};

export const CHANGE_LAYERS = { corridors: 'change-corridors', facilities: 'change-facilities', deposits: 'change-deposits' } as const;

const idIn = (ids: readonly string[]): ExpressionSpecification => ['in', ['get', 'id'], ['literal', [...ids]]];

function colourOf(ids: ChangedIds, theme: MapTheme): ExpressionSpecification | string {
  const { added, changed } = CHANGE_COLOURS[theme];
  if (ids.added.length === 0) return changed;
  if (ids.changed.length === 0) return added;
  return ['case', idIn(ids.added), added, changed];
}

function wanted(changes: MapChanges | null, collection: string): ChangedIds | null {
  const ids = changes?.[collection];
  return ids && ids.added.length + ids.changed.length > 0 ? ids : null;
}

const filterOf = (ids: ChangedIds) => idIn([...ids.added, ...ids.changed]) as FilterSpecification;

// A ring wider than the largest deposit symbol at every zoom, so it reads as a halo and not as a new symbol.
const ringRadius: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 3, 11, 8, 24];

function ring(id: string, source: string, ids: ChangedIds, theme: MapTheme): LayerSpecification {
  return {
    id, type: 'circle', source, filter: filterOf(ids),
    paint: {
      'circle-radius': ringRadius,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': colourOf(ids, theme),
      'circle-stroke-width': 3.5,
      'circle-stroke-opacity': 0.95,
    },
  };
}

/**
 * Layers for the change highlight, split by where they go: `below` under the corridor lines (a wide glow),
 * `above` over the deposit and facility symbols (rings). Empty when nothing is highlighted.
 */
export function changeLayers(changes: MapChanges | null, theme: MapTheme): { below: LayerSpecification[]; above: LayerSpecification[] } {
  const below: LayerSpecification[] = [];
  const above: LayerSpecification[] = [];
  const corridors = wanted(changes, 'corridors');
  if (corridors) {
    below.push({
      id: CHANGE_LAYERS.corridors, type: 'line', source: CORRIDOR_SOURCE, filter: filterOf(corridors),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': colourOf(corridors, theme),
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 9, 8, 16],
        'line-opacity': 0.55,
        'line-blur': 2,
      },
    });
  }
  const facilities = wanted(changes, 'facilities');
  if (facilities) above.push(ring(CHANGE_LAYERS.facilities, NODE_SOURCE, facilities, theme));
  const deposits = wanted(changes, 'deposits');
  if (deposits) above.push(ring(CHANGE_LAYERS.deposits, DEPOSIT_SOURCE, deposits, theme));
  return { below, above };
}
