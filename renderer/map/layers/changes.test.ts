import { describe, expect, it } from 'vitest';
import { createExpression, featureFilter, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { DEFAULT_LAYERS, EMPTY_FILTERS } from '../../store/map';
import { atlasStyle, overlayLayers, thematicSources, type OverlayState } from '../overlay';
import { bundledPack } from '../testing/bundled-pack';
import { changeLayers, CHANGE_COLOURS, CHANGE_LAYERS, type MapChanges } from './changes';

const pack = bundledPack();
const [addedDeposit, changedDeposit, untouched] = pack.deposits.map((d) => d.id);
const changes: MapChanges = {
  deposits: { added: [addedDeposit], changed: [changedDeposit] },
  facilities: { added: [], changed: [pack.facilities[0].id] },
  corridors: { added: [pack.corridors[0].id], changed: [] },
  sources: { added: ['a-source'], changed: [] },
};
const base: OverlayState = { theme: 'light', language: 'en', filters: EMPTY_FILTERS, lens: null, selection: null, layers: DEFAULT_LAYERS };

/** The features of a layer's source that its filter lets through, as MapLibre would draw them. */
function drawnIds(layer: LayerSpecification): string[] {
  const source = thematicSources(pack)[(layer as { source: string }).source] as { data: GeoJSON.FeatureCollection };
  const filter = featureFilter((layer as { filter: FilterSpecification }).filter, 'filter');
  return [...new Set(source.data.features.filter((f) => filter.filter({ zoom: 6 }, { type: 1, properties: f.properties! } as never)).map((f) => String(f.properties!.id)))];
}

/** The colour a paint expression gives one feature. */
function colourFor(layer: LayerSpecification, key: string, id: string): string {
  const spec = (layer.paint as Record<string, unknown>)[key];
  const parsed = createExpression(spec, (latest as unknown as Record<string, Record<string, unknown>>)[`paint_${layer.type}`][key] as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const colour = parsed.value.evaluate({ zoom: 6 }, { type: 1, properties: { id } } as never) as { toString(): string } | string;
  return typeof colour === 'string' ? colour : colour.toString();
}

const hex = (css: string) => {
  const m = /rgba\(([\d.]+),([\d.]+),([\d.]+)/.exec(css.replace(/\s/g, ''));
  return m ? `#${m.slice(1, 4).map((v) => Math.round(Number(v)).toString(16).padStart(2, '0')).join('')}` : css;
};

describe('what changed, on the map', () => {
  it('draws nothing while the highlight is off', () => {
    expect(changeLayers(null, 'light')).toEqual({ below: [], above: [] });
    expect(changeLayers({ deposits: { added: [], changed: [] } }, 'light')).toEqual({ below: [], above: [] });
  });

  it('rings exactly the added and changed deposits and facilities, and glows under changed corridors', () => {
    const { below, above } = changeLayers(changes, 'light');
    const byId = Object.fromEntries([...below, ...above].map((l) => [l.id, l]));
    expect(drawnIds(byId[CHANGE_LAYERS.deposits]).sort()).toEqual([addedDeposit, changedDeposit].sort());
    expect(drawnIds(byId[CHANGE_LAYERS.deposits])).not.toContain(untouched);
    expect(drawnIds(byId[CHANGE_LAYERS.facilities])).toEqual([pack.facilities[0].id]);
    expect(drawnIds(byId[CHANGE_LAYERS.corridors])).toEqual([pack.corridors[0].id]);
    expect(below.map((l) => l.id)).toEqual([CHANGE_LAYERS.corridors]);
  });

  it.each(['light', 'dark'] as const)('colours added and changed features like the panel does (%s)', (theme) => {
    const ring = changeLayers(changes, theme).above.find((l) => l.id === CHANGE_LAYERS.deposits)!;
    expect(hex(colourFor(ring, 'circle-stroke-color', addedDeposit))).toBe(CHANGE_COLOURS[theme].added);
    expect(hex(colourFor(ring, 'circle-stroke-color', changedDeposit))).toBe(CHANGE_COLOURS[theme].changed);
    expect(CHANGE_COLOURS[theme].added).not.toBe(CHANGE_COLOURS[theme].changed);
  });

  it('sits under the corridor lines and over the deposits, follows the layer switches, and keeps the style valid', () => {
    const ids = overlayLayers({ ...base, changes }, pack.deposits.length).map((l) => l.id);
    expect(ids.indexOf(CHANGE_LAYERS.corridors)).toBeLessThan(ids.indexOf('corridor-line-operating'));
    expect(ids.indexOf(CHANGE_LAYERS.deposits)).toBeGreaterThan(ids.indexOf('deposit-points'));
    const hidden = overlayLayers({ ...base, changes, layers: { ...DEFAULT_LAYERS, deposits: false } }, 10).find((l) => l.id === CHANGE_LAYERS.deposits);
    expect(hidden?.layout).toMatchObject({ visibility: 'none' });
    expect(overlayLayers(base, 10).some((l) => l.id.startsWith('change-'))).toBe(false);
    expect(validateStyleMin(atlasStyle({ ...base, theme: 'dark', changes }, pack)).map((e) => e.message)).toEqual([]);
  });
});
