// Country name labels as GeoJSON points: the hand-placed table the basemap build also reads (for font subsets).
import type { FeatureCollection, Point } from 'geojson';
import { COUNTRY_LABELS } from './build/country-names.mjs';

export { COUNTRY_LABELS };

export function countryLabels(): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: COUNTRY_LABELS.map(({ at, ...p }) => ({ type: 'Feature', properties: p, geometry: { type: 'Point', coordinates: at } })),
  };
}
