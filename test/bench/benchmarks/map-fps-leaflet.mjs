// Pan/zoom frame rate with 10,000 deposits: the app's map stack beside a Leaflet canvas map with the same points.
import { fpsOf, sideBySide } from '../pages/driver.mjs';

export default {
  name: 'map-fps-leaflet',
  description: 'pan/zoom frames per second, 10k deposits: app map stack vs Leaflet canvas, same points',
  unit: 'fps',
  better: 'higher',
  target: { ratio: 2 },
  async run(ctx) {
    const measure = (browser, url) => fpsOf(browser, url, 5000);
    const r = await sideBySide(ctx, measure, `${ctx.benchUrl}app-map-10k.html`, `${ctx.benchUrl}leaflet-points-10k.html`, 'leaflet');
    return { ...r, baselineLabel: 'Leaflet canvas', notes: 'SwiftShader software WebGL vs 2D canvas, 1280×800' };
  },
};
