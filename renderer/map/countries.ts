// Country shapes from Natural Earth (world-atlas), bundled with the app: no network.
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json';

let cached: FeatureCollection | undefined;

export function worldCountries(): FeatureCollection {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  cached ??= feature(topology, topology.objects.countries) as FeatureCollection;
  return cached;
}
