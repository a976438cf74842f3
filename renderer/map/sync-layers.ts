// Brings a live map's layers in line with a list of layer specs, with the smallest set of calls:
// property setters where a layer exists (MapLibre skips unchanged values), addLayer where it does not,
// removeLayer for managed layers no longer wanted. Cheaper than setStyle's deep diff of big GeoJSON.
import type { LayerSpecification, Map as MlMap } from 'maplibre-gl';

type PaintKey = Parameters<MlMap['setPaintProperty']>[1];
type LayoutKey = Parameters<MlMap['setLayoutProperty']>[1];

type Props = Record<string, never>;

export function syncLayers(map: MlMap, layers: readonly LayerSpecification[], managed: ReadonlySet<string>): void {
  const wanted = new Set(layers.map((l) => l.id));
  for (const id of managed) if (!wanted.has(id) && map.getLayer(id)) map.removeLayer(id);
  let previous: string | undefined;
  // Walk backwards so each new layer can be placed before the one that follows it.
  for (let i = layers.length - 1; i >= 0; i--) {
    const spec = layers[i];
    const existing = map.getLayer(spec.id);
    if (!existing) {
      map.addLayer(spec, previous && map.getLayer(previous) ? previous : undefined);
    } else {
      if ('filter' in spec || existing.filter) map.setFilter(spec.id, ('filter' in spec ? spec.filter : null) ?? null, { validate: false });
      for (const [key, value] of Object.entries((spec.paint ?? {}) as Props)) map.setPaintProperty(spec.id, key as PaintKey, value, { validate: false });
      const layout = (spec.layout ?? {}) as Props;
      for (const [key, value] of Object.entries(layout)) map.setLayoutProperty(spec.id, key as LayoutKey, value, { validate: false });
      if (!('visibility' in layout) && existing.visibility === 'none') map.setLayoutProperty(spec.id, 'visibility', 'visible');
      if ((spec.minzoom ?? 0) !== (existing.minzoom ?? 0) || (spec.maxzoom ?? 24) !== (existing.maxzoom ?? 24)) {
        map.setLayerZoomRange(spec.id, spec.minzoom ?? 0, spec.maxzoom ?? 24);
      }
    }
    previous = spec.id;
  }
}
