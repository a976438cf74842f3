// The app's own map stack (MapController, atlas style, deposit layer functions) with 10,000 synthetic deposits.
import { MapController } from '../../../renderer/map/MapController';
import { EMPTY_FILTERS } from '../../../renderer/store/map';
import { cameraAt, measureFps, syntheticDeposits } from './synthetic';
import { expose } from './bench-api';

const controller = new MapController({ container: document.getElementById('map')!, theme: 'light' });
const map = controller.map;
const idle = () => new Promise<void>((resolve) => map.once('idle', () => resolve()));
const ready = new Promise<void>((resolve) => {
  map.once('load', () => {
    controller.setData({ deposits: syntheticDeposits(), corridors: [], facilities: [] });
    map.jumpTo(cameraAt(0));
    void idle().then(resolve);
  });
});

const FILTERS = [
  { ...EMPTY_FILTERS, commodities: ['coal' as const, 'cu-au' as const], strategicOnly: false },
  { ...EMPTY_FILTERS, statuses: ['producing' as const, 'exploration' as const] },
];

expose({
  ready,
  fps: (ms) => measureFps((t) => map.jumpTo(cameraAt(t)), ms),
  filter: async (which) => {
    const start = performance.now();
    const done = idle();
    controller.setOverlay({ filters: FILTERS[which % 2] });
    await done;
    return performance.now() - start;
  },
});
