import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { DEFAULT_STYLE, type DrawingShape } from '../../shared/interchange';
import { badgeFeatures, drawingFeatures, drawingLayers, drawingSources } from './drawing-layers';

const shape = (over: Partial<DrawingShape>): DrawingShape => ({
  kind: 'polygon', name: '', description: '', style: DEFAULT_STYLE, extra: {},
  geometry: { type: 'Polygon', coordinates: [[[100, 45], [101, 45], [101, 46], [100, 45]]] }, ...over,
});

describe('drawing layers', () => {
  it('flattens each drawing\'s style into properties the layers read, marking shapes held by the editor', () => {
    const fc = drawingFeatures([{ id: 'a', shape: shape({ style: { ...DEFAULT_STYLE, dashed: true, stroke: '#123456' } }) }, { id: 'b', shape: shape({ kind: 'text', name: 'Port', geometry: { type: 'Point', coordinates: [1, 2] } }) }], new Set(['a']));
    expect(fc.features[0].properties).toMatchObject({ id: 'a', dashed: true, stroke: '#123456', editing: true });
    expect(fc.features[1].properties).toMatchObject({ kind: 'text', name: 'Port', editing: false });
  });

  it('is a valid MapLibre style in both themes, with badges shown or hidden', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const badges of [true, false]) {
        const style = {
          version: 8 as const, glyphs: 'http://127.0.0.1/{fontstack}/{range}.pbf',
          sources: drawingSources(drawingFeatures([{ id: 'a', shape: shape({}) }]), badgeFeatures([{ position: [105, 46], count: 2, color: '#dc2626', orphan: true }])),
          layers: drawingLayers(theme, badges),
        };
        expect(validateStyleMin(style)).toEqual([]);
        expect(style.layers.find((l) => l.id === 'annotation-badge')?.layout).toMatchObject({ visibility: badges ? 'visible' : 'none' });
      }
    }
  });
});
