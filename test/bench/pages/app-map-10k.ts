// The app's own map stack (MapController, atlas style, deposit layer functions) with 10,000 synthetic deposits.
import { MapController, type MapState } from '../../../renderer/map/MapController';
import { EMPTY_FILTERS, type DepositFilters } from '../../../renderer/store/map';
import { matchesFilters, depositProperties, type DepositProperties } from '../../../renderer/map/layers/deposits';
import { cameraAt, measureFps, syntheticDeposits } from './synthetic';
import { expose } from './bench-api';

let onState: ((state: MapState) => void) | null = null;
const controller = new MapController({ container: document.getElementById('map')!, theme: 'light', onStateChange: (s) => onState?.(s) });
const map = controller.map;
const deposits = syntheticDeposits();
/** The controller's own "drawn" signal: it reports idle only once the layer filter has landed and the map settled. */
const settled = () => new Promise<void>((resolve) => (onState = (s) => s === 'idle' && resolve()));

const FILTERS: DepositFilters[] = [
  { ...EMPTY_FILTERS, commodities: ['coal', 'cu-au'] },
  { ...EMPTY_FILTERS, statuses: ['producing', 'exploration'] },
];

// Probe pixels: deposits drawn under one filter and not the other, with no deposit of either filter near them, so
// each probe's colour depends on that one deposit alone. A frame "shows the change" when every probe's pixel equals
// what it is once the map has settled under the new filter (learnt from the unmeasured warm-up runs).
const PROBE_CLEAR_PX = 16;
let probes: Array<[number, number]> = [];
function pickProbes(props: DepositProperties[]) {
  const canvas = map.getCanvas();
  const [w, h] = [canvas.clientWidth, canvas.clientHeight];
  const drawn = deposits
    .map((d, i) => ({ at: map.project([d.location.lon, d.location.lat]), in: FILTERS.map((f) => matchesFilters(props[i], f)) }))
    .filter((d) => d.in[0] || d.in[1]);
  const near = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) < PROBE_CLEAR_PX && Math.abs(a.y - b.y) < PROBE_CLEAR_PX;
  probes = drawn
    .filter((d) => d.in[0] !== d.in[1] && d.at.x > 40 && d.at.y > 80 && d.at.x < w - 200 && d.at.y < h - 60)
    .filter((d) => drawn.every((o) => o === d || !near(o.at, d.at)))
    .slice(0, 24)
    .map((d) => [Math.round(d.at.x), Math.round(d.at.y)]);
}

/** RGBA at every probe, read from the frame just drawn (call inside a 'render' event). */
function readProbes(): Uint8Array[] {
  const gl = map.painter.context.gl;
  const ratio = map.getPixelRatio();
  const height = gl.drawingBufferHeight;
  return probes.map(([x, y]) => {
    const px = new Uint8Array(4);
    gl.readPixels(Math.round(x * ratio), height - 1 - Math.round(y * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
    return px;
  });
}
const sameColour = (a: Uint8Array, b: Uint8Array) => a.every((v, i) => Math.abs(v - b[i]) <= 6);
const nextFrame = () => new Promise<Uint8Array[]>((resolve) => {
  map.once('render', () => resolve(readProbes()));
  map.triggerRepaint();
});

const settledPixels: Array<Uint8Array[] | null> = [null, null];
const ready = new Promise<void>((resolve) => {
  map.once('load', async () => {
    controller.setData({ deposits, corridors: [], facilities: [] });
    map.jumpTo(cameraAt(0));
    // Start from the second filter, so every run switches between two filters of the same size.
    controller.setOverlay({ filters: FILTERS[1] });
    await settled();
    pickProbes(deposits.map((d) => depositProperties(d)));
    settledPixels[1] = await nextFrame();
    resolve();
  });
});

expose({
  ready,
  fps: (ms) => measureFps((t) => map.jumpTo(cameraAt(t)), ms),
  // One repaint of the unchanged view, until its pixels can be read: the floor for any "first frame" time.
  repaint: async () => {
    const start = performance.now();
    await nextFrame();
    return performance.now() - start;
  },
  filter: async (which) => {
    const to = which % 2;
    const target = settledPixels[to];
    const before = settledPixels[1 - to];
    // Only probes that look different under the two filters can show the change.
    const telling = target && before ? probes.map((_, i) => i).filter((i) => !sameColour(target[i], before[i])) : [];
    let shownAt: number | null = null;
    const onRender = () => {
      if (shownAt !== null || !target) return;
      const now = readProbes();
      if (telling.every((i) => sameColour(now[i], target[i]))) shownAt = performance.now();
    };
    map.on('render', onRender);
    const start = performance.now();
    controller.setOverlay({ filters: FILTERS[to] });
    await settled();
    map.off('render', onRender);
    settledPixels[to] = await nextFrame();
    if (!target) return NaN; // warm-up: learning what the settled map looks like
    if (telling.length < 5) throw new Error(`only ${telling.length} probe pixels tell the two filters apart`);
    if (shownAt === null) throw new Error('no frame matched the settled map at the probe pixels');
    return shownAt - start;
  },
});
