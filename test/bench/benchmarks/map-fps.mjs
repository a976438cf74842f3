// Pan/zoom frame rate with 10,000 deposits: the app's map stack beside bare MapLibre drawing the same points.
import { fpsOf, sideBySide } from '../pages/driver.mjs';

export default {
  name: 'map-fps',
  description: 'pan/zoom frames per second, 10k deposits: app map stack vs bare MapLibre, same points',
  unit: 'fps',
  better: 'higher',
  target: { ratio: 0.9 },
  async run(ctx) {
    const measure = (browser, url) => fpsOf(browser, url, 5000);
    const r = await sideBySide(ctx, measure, `${ctx.benchUrl}app-map-10k.html`, `${ctx.benchUrl}bare-points-10k.html`, 'bare');
    return { ...r, baselineLabel: 'bare MapLibre', notes: 'SwiftShader software WebGL, 1280×800' };
  },
};
