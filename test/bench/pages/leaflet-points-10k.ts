// Baseline: Leaflet with its canvas renderer (what uMap-style tools use), same countries and 10,000 points.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { worldCountries } from '../../../renderer/map/countries';
import { cameraAt, measureFps, syntheticDeposits } from './synthetic';
import { expose } from './bench-api';

const renderer = L.canvas({ padding: 0.2 });
const start = cameraAt(0);
// MapLibre zoom z (512 px tiles) is Leaflet zoom z + 1 (256 px tiles).
const map = L.map('map', { renderer, zoomSnap: 0, zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false, attributionControl: false, zoomControl: false })
  .setView([start.center[1], start.center[0]], start.zoom + 1);
L.geoJSON(worldCountries(), { renderer, style: { color: '#b9b2a4', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 } } as L.GeoJSONOptions).addTo(map);
for (const d of syntheticDeposits()) {
  L.circleMarker([d.location.lat, d.location.lon], { renderer, radius: 5, color: '#ffffff', weight: 1, fillColor: '#d55e00', fillOpacity: 1 }).addTo(map);
}
document.body.style.background = '#dfe8ec';

expose({
  ready: new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  fps: (ms) =>
    measureFps((t) => {
      const c = cameraAt(t);
      map.setView([c.center[1], c.center[0]], c.zoom + 1, { animate: false });
    }, ms),
});
