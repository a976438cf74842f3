// Country shapes from Natural Earth (world-atlas) and Mongolia's aimags, converted at build time by
// build/build-basemap.mjs into ./generated and bundled with the app: no network.
import type { FeatureCollection } from 'geojson';
import countries from './generated/countries.geo.json';
import aimags from './generated/aimags.geo.json';
import aimagLabelPoints from './generated/aimag-labels.geo.json';

export function worldCountries(): FeatureCollection {
  return countries as FeatureCollection;
}

export function aimagShapes(): FeatureCollection {
  return aimags as FeatureCollection;
}

export function aimagLabels(): FeatureCollection {
  return aimagLabelPoints as FeatureCollection;
}
