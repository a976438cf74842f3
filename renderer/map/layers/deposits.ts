// Deposits as map data: pack entities + filters + lens → GeoJSON and MapLibre layers. Pure, no WebGL.
import type {
  CircleLayerSpecification, ExpressionSpecification, FilterSpecification, GeoJSONSourceSpecification, LayerSpecification,
} from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import {
  commodityGroup, COMMODITY_GROUPS, type CommodityGroup, type Country, type Deposit, type DepositStatus, type PackEvent,
} from '../../../shared/pack';
import type { DepositFilters } from '../../store/map';
import { canonicalAimag } from '../aimags';
import { COMMODITY_CODES, COMMODITY_COLOURS, inkOn, LABEL_COLOURS } from '../palette';
import type { MapTheme } from '../style';
import { isHighlighted, isPending, stateCase, unlessHidden } from './feature-state';

export const DEPOSIT_SOURCE = 'deposits';
/**
 * Every deposit again, unfiltered and with only what symbols need, for marks drawn through feature state: selection
 * rings, and stand-ins for deposits a filter change lets through before the re-tiled symbols hold them. A source of
 * its own, so a filter's 'hidden' flags never make MapLibre recompute these layers (it recomputes every
 * state-dependent layer of a source for each feature whose state changes).
 */
export const DEPOSIT_MARKS_SOURCE = 'deposit-marks';
export const DEPOSIT_LAYER = 'deposit-points';
export const DEPOSIT_REVEAL_LAYER = 'deposit-reveal';
/** Above this many deposits, low zooms show density instead of thousands of overlapping dots. */
export const DENSITY_THRESHOLD = 2000;
const DENSITY_MAX_ZOOM = 5;

export interface DepositProperties {
  id: string;
  group: CommodityGroup;
  /** "|cu-au|w-mo-sn|": every commodity's group, delimited so a substring test is exact. */
  groups: string;
  status: DepositStatus;
  aimag: string;
  /** "|KR|JP|" */
  partners: string;
  strategic: 'yes' | 'no' | 'unknown';
  confidence: 'high' | 'medium' | 'low';
  size: number;
  code: string;
  en: string;
  mn: string;
  ko: string;
}

const GROUP_OF_COMMODITY = (c: string): CommodityGroup => commodityGroup({ commodities: [c] });

/** Status ranks symbol size: a producing mine is drawn bigger than a prospect. */
export const STATUS_SIZE: Record<DepositStatus, number> = {
  producing: 3, construction: 2.5, development: 2.5, feasibility: 2, exploration: 1.5, prospect: 1,
  'care-and-maintenance': 1.5, 'past-producer': 1, closed: 1,
};

/** Deposit id → partner codes involved: stakes (partnerCountries), partner engagements and partner events naming it. */
export type Involvement = ReadonlyMap<string, ReadonlySet<string>>;

export function partnerInvolvement(deposits: readonly Deposit[], countries: readonly Country[], events: readonly PackEvent[]): Involvement {
  const out = new Map<string, Set<string>>();
  const add = (id: string, code: string) => {
    let set = out.get(id);
    if (!set) out.set(id, (set = new Set()));
    set.add(code);
  };
  for (const d of deposits) for (const code of d.partnerCountries) add(d.id, code);
  for (const c of countries) for (const e of c.engagements) for (const id of e.depositIds ?? []) add(id, c.code);
  for (const e of events) for (const id of e.depositIds) for (const code of e.countryCodes) if (code !== 'MN') add(id, code);
  return out;
}

export function depositProperties(d: Deposit, involvement?: Involvement): DepositProperties {
  const partners = involvement?.get(d.id) ?? new Set(d.partnerCountries);
  const group = commodityGroup(d);
  const groups = new Set<CommodityGroup>([group, ...d.commodities.map(GROUP_OF_COMMODITY)]);
  groups.delete('other');
  if (group === 'other') groups.add('other');
  return {
    id: d.id,
    group,
    groups: `|${[...groups].join('|')}|`,
    status: d.status,
    aimag: canonicalAimag(d.aimag)?.id ?? '',
    partners: `|${[...partners].join('|')}|`,
    strategic: d.strategic,
    confidence: d.location.confidence === 'low' || d.confidence === 'low' ? 'low' : d.confidence,
    size: STATUS_SIZE[d.status],
    code: COMMODITY_CODES[group],
    en: d.name.en,
    mn: d.name.mn ?? d.name.en,
    ko: d.name.ko ?? d.name.en,
  };
}

/** The same test as depositFilter(), in plain code: for counts, lists and the search. */
export function matchesFilters(p: DepositProperties, f: DepositFilters): boolean {
  if (f.commodities.length && !f.commodities.some((g) => p.groups.includes(`|${g}|`))) return false;
  if (f.statuses.length && !f.statuses.includes(p.status)) return false;
  if (f.aimags.length && !f.aimags.includes(p.aimag)) return false;
  if (f.partners.length && !f.partners.some((c) => p.partners.includes(`|${c}|`))) return false;
  if (f.strategicOnly && p.strategic !== 'yes') return false;
  if (f.confidence.length && !f.confidence.includes(p.confidence)) return false;
  return true;
}

/** Filters as a MapLibre expression, so a filter change repaints without re-tiling the source. */
export function depositFilter(f: DepositFilters): FilterSpecification {
  const all: ExpressionSpecification[] = [];
  const anyIn = (values: string[], key: string): ExpressionSpecification =>
    ['any', ...values.map((v): ExpressionSpecification => ['in', `|${v}|`, ['get', key]])] as ExpressionSpecification;
  if (f.commodities.length) all.push(anyIn(f.commodities, 'groups'));
  if (f.statuses.length) all.push(['in', ['get', 'status'], ['literal', f.statuses]]);
  if (f.aimags.length) all.push(['in', ['get', 'aimag'], ['literal', f.aimags]]);
  if (f.partners.length) all.push(anyIn(f.partners, 'partners'));
  if (f.strategicOnly) all.push(['==', ['get', 'strategic'], 'yes']);
  if (f.confidence.length) all.push(['in', ['get', 'confidence'], ['literal', f.confidence]]);
  return ['all', ...all] as FilterSpecification;
}

export function depositFeatures(deposits: readonly Deposit[], involvement?: Involvement): FeatureCollection<Point, DepositProperties> {
  return {
    type: 'FeatureCollection',
    features: deposits.map((d): Feature<Point, DepositProperties> => ({
      type: 'Feature',
      properties: depositProperties(d, involvement),
      geometry: { type: 'Point', coordinates: [d.location.lon, d.location.lat] },
    })),
  };
}

/** MapLibre draws a point only from the tile that holds it, so a tile buffer (128 by default) copies points into
 *  neighbouring tiles for nothing: without it, the worker cuts and styles ~half as many at every re-tile. */
const POINT_TILES = { promoteId: 'id', buffer: 0 } as const;

export function depositSource(data: FeatureCollection<Point, DepositProperties>): GeoJSONSourceSpecification {
  return { type: 'geojson', data, ...POINT_TILES };
}

/** The marks source: the same points with the properties the symbol paint reads. */
export function depositMarksSource(data: FeatureCollection<Point, DepositProperties>): GeoJSONSourceSpecification {
  const features = data.features.map(({ properties: p, geometry }) => ({
    type: 'Feature' as const, geometry,
    properties: { id: p.id, group: p.group, size: p.size, strategic: p.strategic, confidence: p.confidence, partners: p.partners },
  }));
  return { type: 'geojson', data: { type: 'FeatureCollection', features }, ...POINT_TILES };
}

export interface DepositLayerOptions {
  theme: MapTheme;
  filters: DepositFilters;
  lens: string | null;
  count: number;
  language: 'en' | 'ko' | 'mn';
}

const groupColour = (theme: MapTheme): ExpressionSpecification =>
  ['match', ['get', 'group'], ...COMMODITY_GROUPS.flatMap((g) => [g, COMMODITY_COLOURS[theme][g]]), COMMODITY_COLOURS[theme].other] as unknown as ExpressionSpecification;

const codeInk = (theme: MapTheme): ExpressionSpecification =>
  ['match', ['get', 'group'], ...COMMODITY_GROUPS.flatMap((g) => [g, inkOn(COMMODITY_COLOURS[theme][g])]), inkOn(COMMODITY_COLOURS[theme].other)] as unknown as ExpressionSpecification;

/** In a lens, deposits with that partner stay bright and the rest fade. */
const lensed = (lens: string | null, on: number, off: number): ExpressionSpecification | number =>
  lens ? ['case', ['in', `|${lens}|`, ['get', 'partners']], on, off] : on;

export function depositLayers(o: DepositLayerOptions): LayerSpecification[] {
  const filter = depositFilter(o.filters);
  const label = LABEL_COLOURS[o.theme];
  const dense = o.count > DENSITY_THRESHOLD;
  const minzoom = dense ? DENSITY_MAX_ZOOM - 1 : 0;
  // Zoom may only drive a top-level interpolate, so each ring gets its own with the offset inside.
  const radiusPlus = (extra: number): ExpressionSpecification =>
    ['interpolate', ['linear'], ['zoom'], 3, ['+', 2.5 + extra, ['*', 1.2, ['get', 'size']]], 8, ['+', 5 + extra, ['*', 2.6, ['get', 'size']]]];
  const radius = radiusPlus(0);
  const faded = ['==', ['get', 'confidence'], 'low'] as ExpressionSpecification;
  type Gate = (value: ExpressionSpecification | number) => ExpressionSpecification | number;
  // The deposit symbol; `gate` decides per feature state whether it has any size at all (no size: nothing drawn).
  const symbolPaint = (gate: Gate): CircleLayerSpecification['paint'] => ({
    'circle-radius': gate(radius),
    'circle-color': groupColour(o.theme),
    'circle-opacity': o.lens
      ? ['case', ['!', ['in', `|${o.lens}|`, ['get', 'partners']]], 0.15, faded, 0.45, 0.95]
      : ['case', faded, 0.45, 0.95],
    'circle-stroke-color': ['case', ['==', ['get', 'strategic'], 'yes'], label.text, label.halo],
    'circle-stroke-width': gate(['case', ['==', ['get', 'strategic'], 'yes'], 2.2, 1]),
    'circle-stroke-opacity': lensed(o.lens, 1, 0.25),
  });
  const layers: LayerSpecification[] = [];
  if (dense) {
    layers.push({
      // No layer filter: the density follows a filter change through feature state alone, at once both ways.
      id: 'deposit-density', type: 'heatmap', source: DEPOSIT_SOURCE, maxzoom: DENSITY_MAX_ZOOM,
      paint: {
        'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 2, 8, 5, 18],
        'heatmap-weight': unlessHidden(1),
        'heatmap-intensity': 0.6,
        'heatmap-opacity': ['interpolate', ['linear'], ['zoom'], DENSITY_MAX_ZOOM - 1, 0.85, DENSITY_MAX_ZOOM, 0],
        'heatmap-color': ['interpolate', ['linear'], ['heatmap-density'], 0, 'rgba(0,0,0,0)', 0.2, COMMODITY_COLOURS[o.theme]['w-mo-sn'], 0.6, COMMODITY_COLOURS[o.theme]['cu-au'], 1, COMMODITY_COLOURS[o.theme].uranium],
      },
    });
  }
  layers.push(
    {
      // Every deposit, unfiltered, sized only while 'pending': one a filter change lets through before the re-tiled
      // symbols above hold it. Shares its bucket with the selection rings (same source, no filter, same minzoom).
      id: DEPOSIT_REVEAL_LAYER, type: 'circle', source: DEPOSIT_MARKS_SOURCE, minzoom,
      paint: symbolPaint((v) => stateCase(isPending, v, 0)),
    },
    {
      // Filtered; a deposit a filter change has just dropped is 'hidden' (no size) until the layer filter follows.
      id: DEPOSIT_LAYER, type: 'circle', source: DEPOSIT_SOURCE, minzoom, filter,
      paint: symbolPaint((v) => unlessHidden(v)),
    },
    // With thousands of deposits every extra layer on the source slows re-tiling after a filter change,
    // so the uncertainty ring and commodity codes are drawn only for pack-sized data (faded fill stays).
    ...((dense ? [] : [{
      // Low-confidence locations: a ring around the faded symbol.
      id: 'deposit-uncertain', type: 'circle', source: DEPOSIT_SOURCE, minzoom,
      filter: ['all', filter, faded] as FilterSpecification,
      paint: {
        'circle-radius': unlessHidden(radiusPlus(4)),
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': groupColour(o.theme),
        'circle-stroke-width': unlessHidden(1),
        'circle-stroke-opacity': lensed(o.lens, 0.7, 0.1),
      },
    }]) as LayerSpecification[]),
    {
      // Rings round the selection and a slide's highlights, set per deposit as feature state, so a click repaints
      // without re-tiling.
      id: 'deposit-selected', type: 'circle', source: DEPOSIT_MARKS_SOURCE, minzoom,
      paint: {
        'circle-radius': stateCase(isHighlighted, radiusPlus(7), 0),
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': label.text,
        'circle-stroke-width': stateCase(isHighlighted, 2.5, 0),
      },
    },
    ...((dense ? [] : [{
      id: 'deposit-codes', type: 'symbol', source: DEPOSIT_SOURCE, minzoom: 5.5, filter,
      layout: { 'text-field': ['get', 'code'], 'text-font': ['Noto Sans Bold'], 'text-size': 9, 'text-allow-overlap': true, 'text-ignore-placement': true },
      // The code sits on the group colour, so it takes that colour's readable ink (as in the legend), not the halo.
      paint: { 'text-color': codeInk(o.theme), 'text-opacity': unlessHidden(lensed(o.lens, 1, 0.2)) },
    }]) as LayerSpecification[]),
    {
      id: 'deposit-labels', type: 'symbol', source: DEPOSIT_SOURCE, minzoom: dense ? 7 : 5, filter,
      layout: {
        'text-field': ['get', o.language],
        'text-font': ['Noto Sans Regular'],
        'text-size': 12,
        'text-offset': [0, 1.3],
        'text-anchor': 'top',
        'text-max-width': 9,
        'symbol-sort-key': ['-', 10, ['get', 'size']],
      },
      paint: { 'text-color': label.text, 'text-halo-color': label.halo, 'text-halo-width': 1.4, 'text-opacity': unlessHidden(lensed(o.lens, 1, 0.3)) },
    },
  );
  return layers;
}

/** Every layer id this module draws, for visibility toggles. */
export const DEPOSIT_LAYER_IDS = ['deposit-density', DEPOSIT_REVEAL_LAYER, DEPOSIT_LAYER, 'deposit-uncertain', 'deposit-selected', 'deposit-codes', 'deposit-labels'];

/** Deposits that pass the filters (the same test the map draws with). */
export function filterDeposits(deposits: readonly Deposit[], filters: DepositFilters, involvement?: Involvement): Deposit[] {
  return deposits.filter((d) => matchesFilters(depositProperties(d, involvement), filters));
}
