// The shared forms checked with MapLibre's own expression compiler: every layer of a type the map can hold (basemap,
// thematic, drawings, route analysis) asks for the same GPU program in every theme, lens and selection, and draws the
// same values it did before the rewrite.
import { describe, expect, it } from 'vitest';
import { createPropertyExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { DEFAULT_LAYERS, EMPTY_FILTERS } from '../../store/map';
import { analysisLayers } from '../analysis-layers';
import { drawingLayers } from '../drawing-layers';
import { overlayLayers } from '../overlay';
import { changeLayers } from './changes';
import { corridorLayers, nodeLayers } from './corridors';
import { depositLayers } from './deposits';
import { inForm, withSharedProgram } from './programs';

type Spec = StylePropertySpecification;
const paintSpec = (type: string, property: string) => (latest as unknown as Record<string, Record<string, Spec>>)[`paint_${type}`][property];

function compile(type: string, property: string, value: unknown) {
  const result = createPropertyExpression(value, 'paint', paintSpec(type, property));
  if (result.result !== 'success') throw new Error(`${property}: ${JSON.stringify(result.value)}`);
  return result.value;
}

/**
 * The program key MapLibre builds for a layer (constant and zoom-only values are uniforms, see ProgramConfiguration);
 * a label layer's key is its text program's. Icon-only symbol layers (the corridor node icons) are left out.
 */
function programKey(layer: LayerSpecification): string | null {
  const type = layer.type;
  if (type === 'symbol' && !(layer.layout as Record<string, unknown> | undefined)?.['text-field']) return null;
  const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
  const props = Object.entries(latest[`paint_${type}` as keyof typeof latest] as Record<string, Spec>)
    .filter(([name, spec]) => (spec as { expression?: { parameters?: string[] } }).expression?.parameters?.includes('feature') && !name.includes('pattern') && !name.includes('dasharray') && !name.includes('translate'))
    .filter(([name]) => type !== 'symbol' || name.startsWith('text-'))
    .map(([name]) => name);
  const kinds = props.map((p) => {
    const value = paint[p] ?? (p === 'fill-outline-color' ? paint['fill-color'] : undefined) ?? (paintSpec(type, p) as { default?: unknown }).default;
    const kind = value === undefined ? 'constant' : compile(type, p, value).kind;
    return `${kind === 'source' ? 'a' : kind === 'composite' ? 'z' : 'u'}_${p}`;
  });
  const dashed = 'line-dasharray' in paint ? 'SDF' : '';
  return `${type}${dashed}:${kinds.sort().join(',')}`;
}

/** The thematic layers as written, before the rewrite. */
function thematicLayers(): LayerSpecification[] {
  const out: LayerSpecification[] = [];
  for (const theme of ['light', 'dark'] as const) {
    for (const lens of [null, 'KR']) {
      const common = { theme, lens, language: 'en' as const };
      out.push(...corridorLayers(common), ...nodeLayers(common));
      for (const count of [50, 10_000]) out.push(...depositLayers({ ...common, filters: { ...EMPTY_FILTERS, statuses: ['producing'] }, count }));
    }
    const ids = (id: string) => ({ added: [id], changed: [`${id}-2`] });
    const changes = changeLayers({ deposits: ids('oyu-tolgoi'), corridors: ids('c1'), facilities: ids('f1') }, theme);
    out.push(...changes.below, ...changes.above);
  }
  return out;
}

/** Every layer the map can hold, as the app adds them: basemap and thematic, drawings, route analysis. */
function mapLayers(): LayerSpecification[] {
  const out: LayerSpecification[] = [];
  const ids = (id: string) => ({ added: [id], changed: [`${id}-2`] });
  for (const theme of ['light', 'dark'] as const) {
    for (const lens of [null, 'KR']) {
      for (const language of ['en', 'mn'] as const) {
        const changes = { deposits: ids('oyu-tolgoi'), corridors: ids('c1'), facilities: ids('f1') };
        const state = { theme, language, lens, filters: EMPTY_FILTERS, selection: null, layers: { ...DEFAULT_LAYERS, aimags: true, partners: true }, changes };
        out.push(...overlayLayers(state, 50), ...overlayLayers({ ...state, changes: null }, 10_000));
      }
    }
    out.push(...drawingLayers(theme, true), ...analysisLayers(theme));
  }
  return out;
}

describe('one GPU program per layer type', () => {
  it('gives every circle, fill, solid line, dashed line and label layer the map can hold the same program, in every theme and lens', () => {
    const keys = new Map<string, Set<string>>();
    for (const layer of mapLayers()) {
      if (layer.type === 'background') continue;
      const key = programKey(layer);
      if (key === null) continue;
      const kind = key.slice(0, key.indexOf(':'));
      keys.set(kind, (keys.get(kind) ?? new Set()).add(key));
    }
    expect([...keys.keys()].sort()).toEqual(['circle', 'fill', 'heatmap', 'line', 'lineSDF', 'symbol']);
    for (const [kind, set] of keys) expect([...set], kind).toHaveLength(1);
  });

  it('needed it: without the rewrite the same layers ask for several circle programs', () => {
    const circles = new Set(thematicLayers().filter((l) => l.type === 'circle').map(programKey));
    expect(circles.size).toBeGreaterThan(1);
  });

  it('draws the same values as before the rewrite, at every zoom, for every feature and feature state', () => {
    const features = [
      { properties: { id: 'oyu-tolgoi', size: 3, group: 'cu-au', strategic: 'yes', confidence: 'low', partners: '|KR|', mode: 'rail', status: 'operating' } },
      { properties: { id: 'c1-2', size: 1, group: 'coal', strategic: 'no', confidence: 'high', partners: '|JP|', mode: 'road', status: 'planned' } },
    ];
    const states = [{}, { highlighted: true }, { hidden: true }, { pending: true }];
    let compared = 0;
    for (const layer of thematicLayers()) {
      const shared = withSharedProgram(layer) as { paint?: Record<string, unknown> };
      const before = (layer as { paint?: Record<string, unknown> }).paint ?? {};
      for (const [property, value] of Object.entries(shared.paint ?? {})) {
        if (value === before[property]) continue; // left as it was
        const was = compile(layer.type, property, before[property] ?? (paintSpec(layer.type, property) as { default?: unknown }).default);
        const now = compile(layer.type, property, value);
        for (const zoom of [0, 2.5, 4, 6.3, 9, 14])
          for (const feature of features)
            for (const state of states) {
              const f = { type: 'Point', ...feature } as never;
              expect(JSON.stringify(now.evaluate({ zoom }, f, state)), `${layer.id} ${property} z${zoom}`).toBe(JSON.stringify(was.evaluate({ zoom }, f, state)));
              compared++;
            }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('rewrites constants, zoom curves and per-feature values into the agreed form', () => {
    expect(compile('circle', 'circle-opacity', inForm(0.5, 'feature')).kind).toBe('source');
    expect(compile('circle', 'circle-radius', inForm(4, 'feature-and-zoom')).kind).toBe('composite');
    expect(compile('circle', 'circle-radius', inForm(['interpolate', ['linear'], ['zoom'], 3, 2, 8, 6], 'feature-and-zoom')).kind).toBe('composite');
    expect(compile('circle', 'circle-radius', inForm(['step', ['zoom'], 2, 5, 6], 'feature-and-zoom')).kind).toBe('composite');
    expect(compile('circle', 'circle-radius', inForm(['get', 'size'], 'feature-and-zoom')).kind).toBe('composite');
    const already = ['get', 'size'];
    expect(inForm(already, 'feature')).toBe(already);
  });
});
