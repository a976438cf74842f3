// Baseline for the map benchmarks: MapLibre alone with the app's basemap style, no React, no store.
import { Map as MlMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { baseStyle, MONGOLIA_BOUNDS } from '../../../renderer/map/style';
import { worldCountries } from '../../../renderer/map/countries';

setWorkerUrl(workerUrl);
const map = new MlMap({ container: 'map', style: baseStyle('light', worldCountries()), bounds: MONGOLIA_BOUNDS, fitBoundsOptions: { padding: 40 }, attributionControl: false });
map.once('idle', () => {
  (window as unknown as { __steppeFirstIdle: number }).__steppeFirstIdle = performance.now();
});
(window as unknown as { __steppeMap: MlMap }).__steppeMap = map;
