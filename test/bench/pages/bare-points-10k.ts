// Baseline: MapLibre alone with the app's basemap (countries, aimag lines and labels in the bundled fonts, as
// bare-map.ts draws it) and the same 10,000 points as one plain circle layer, so the comparison isolates the
// app's deposit layers and controller rather than a thinner basemap.
import { Map as MlMap, setWorkerUrl, type FilterSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { baseStyle } from '../../../renderer/map/style';
import { aimagLabels, aimagShapes, worldCountries } from '../../../renderer/map/countries';
import { mapFontFaces } from '../../../renderer/map/fonts';
import { commodityGroup } from '../../../shared/pack';
import { cameraAt, measureFps, syntheticDeposits } from './synthetic';
import { expose } from './bench-api';

setWorkerUrl(workerUrl);
const deposits = syntheticDeposits();
const style = baseStyle('light', worldCountries(), { aimags: aimagShapes(), aimagLabels: aimagLabels(), fontFaces: mapFontFaces() });
style.sources.points = {
  type: 'geojson',
  data: {
    type: 'FeatureCollection',
    features: deposits.map((d) => ({
      type: 'Feature',
      properties: { group: commodityGroup(d), status: d.status },
      geometry: { type: 'Point', coordinates: [d.location.lon, d.location.lat] },
    })),
  },
};
style.layers.push({ id: 'points', type: 'circle', source: 'points', paint: { 'circle-radius': 5, 'circle-color': '#d55e00', 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 } });
const map = new MlMap({ container: 'map', style, ...cameraAt(0), attributionControl: false });
(window as { __steppeMap?: MlMap }).__steppeMap = map; // for frame-time comparisons beside the app's page
const idle = () => new Promise<void>((resolve) => map.once('idle', () => resolve()));
const FILTERS: FilterSpecification[] = [
  ['in', ['get', 'group'], ['literal', ['coal', 'cu-au']]],
  ['in', ['get', 'status'], ['literal', ['producing', 'exploration']]],
];

expose({
  ready: idle(),
  fps: (ms) => measureFps((t) => map.jumpTo(cameraAt(t)), ms),
  // How a bare MapLibre user filters: setFilter, and the change shows once the worker has re-tiled ('idle').
  filter: async (which) => {
    const start = performance.now();
    const done = idle();
    map.setFilter('points', FILTERS[which % 2]);
    await done;
    return performance.now() - start;
  },
});
