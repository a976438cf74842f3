// Baseline for the map benchmarks: MapLibre alone with the app's basemap style (countries, aimags, labels in
// the bundled fonts), no React, no store, no thematic data.
import { Map as MlMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { baseStyle, MONGOLIA_BOUNDS } from '../../../renderer/map/style';
import { aimagLabels, aimagShapes, worldCountries } from '../../../renderer/map/countries';
import { mapFontFaces } from '../../../renderer/map/fonts';

setWorkerUrl(workerUrl);
const map = new MlMap({ container: 'map', style: baseStyle('light', worldCountries(), { aimags: aimagShapes(), aimagLabels: aimagLabels(), fontFaces: mapFontFaces() }), bounds: MONGOLIA_BOUNDS, fitBoundsOptions: { padding: 40 }, attributionControl: false });
map.once('idle', () => {
  (window as unknown as { __steppeFirstIdle: number }).__steppeFirstIdle = performance.now();
});
(window as unknown as { __steppeMap: MlMap }).__steppeMap = map;
