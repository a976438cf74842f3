import { describe, expect, it } from 'vitest';
import { legendItems } from './legend';
import type { MapViewState } from '../slides';

const view = (layers: string[] | null): MapViewState => ({
  camera: { center: [105, 46], zoom: 5, bearing: 0, pitch: 0 },
  theme: 'light',
  layers,
  filters: {},
  partnerLens: null,
  highlighted: [],
  drawingLayers: [],
});
const names: Record<string, string> = { 'group.cu-au': 'Copper, gold, silver', 'mode.rail': 'Rail' };
const label = (key: string) => names[key] ?? key;

describe('handout legend', () => {
  it('lists deposit groups and corridor modes only when their layers are on', () => {
    const all = legendItems(view(null), label).map((i) => i.label);
    expect(all).toEqual(expect.arrayContaining(['Copper, gold, silver', 'Rail']));
    const basemapOnly = legendItems(view(['aimags']), label);
    expect(basemapOnly.map((i) => i.label)).toEqual(['mongolia', 'border']);
    const corridors = legendItems(view(['corridors']), label).map((i) => i.label);
    expect(corridors).toContain('Rail');
    expect(corridors).not.toContain('Copper, gold, silver');
  });

  it('falls back to the plain id when a name is missing, never to an i18n key', () => {
    const labels = legendItems(view(['deposits']), label).map((i) => i.label);
    expect(labels).toContain('ree');
    expect(labels.some((l) => l.startsWith('group.'))).toBe(false);
  });
});
