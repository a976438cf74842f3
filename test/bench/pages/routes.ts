// Times the all-deposits × all-partners route table after a scenario change, on the bundled pack and on a
// synthetic network ten times larger (ten shifted copies of the pack's network, joined to each other).
import bundled from '../../../assets/packs/mongolia-critical-minerals.pack.json';
import type { Corridor, Deposit, Facility } from '../../../shared/pack';
import { createAnalyser, DEFAULT_SCENARIO, type NetworkInput, type Scenario } from '../../../shared/routes';

const pack = bundled as unknown as NetworkInput;

function tenfold(input: NetworkInput): NetworkInput {
  const deposits: Deposit[] = [];
  const facilities: Facility[] = [];
  const corridors: Corridor[] = [];
  for (let k = 0; k < 10; k++) {
    const id = (x: string) => (k === 0 ? x : `${x}-copy-${k}`);
    const shift = k * 0.9;
    for (const d of input.deposits) deposits.push({ ...d, id: id(d.id), location: { ...d.location, lon: d.location.lon + shift / 3, lat: d.location.lat + (k % 3) * 0.3 } });
    for (const f of input.facilities) {
      facilities.push({ ...f, id: id(f.id), depositIds: f.depositIds?.map(id), location: { ...f.location, lon: f.location.lon + shift / 3, lat: f.location.lat + (k % 3) * 0.3 } });
    }
    for (const c of input.corridors) {
      corridors.push({ ...c, id: id(c.id), nodeIds: c.nodeIds.map(id), geometry: c.geometry.map(([lon, lat]) => [lon + shift / 3, lat + (k % 3) * 0.3]) });
    }
    if (k > 0) {
      // Join each copy to the previous one at a few junctions so that routes can wander between copies.
      for (const hub of ['ulaanbaatar', 'sainshand', 'erenhot', 'tianjin-port', 'vladivostok']) {
        const a = facilities.find((f) => f.id === (k === 1 ? hub : `${hub}-copy-${k - 1}`));
        const b = facilities.find((f) => f.id === `${hub}-copy-${k}`);
        if (!a || !b) continue;
        corridors.push({
          ...input.corridors[0], id: `link-${hub}-${k}`, nodeIds: [a.id, b.id], lengthKm: 50 + k,
          geometry: [[a.location.lon, a.location.lat], [b.location.lon, b.location.lat]],
        });
      }
    }
  }
  return { deposits, facilities, corridors };
}

const scenarios: Scenario[] = [
  { ...DEFAULT_SCENARIO, closedNodeIds: ['zamyn-uud'] },
  { ...DEFAULT_SCENARIO, avoidCountries: ['CN', 'RU'] },
  { ...DEFAULT_SCENARIO, objective: 'time', includePlanned: true },
  { ...DEFAULT_SCENARIO, allowAir: false, closedCorridorIds: ['erenhot-tianjin-rail'] },
];

const small = createAnalyser(pack);
const large = createAnalyser(tenfold(pack));

function time(analyser: typeof small, i: number): number {
  const started = performance.now();
  analyser.analyse(scenarios[i % scenarios.length]);
  return performance.now() - started;
}

declare global {
  interface Window {
    __routesBench?: (repeats: number) => { pack: number[]; tenfold: number[]; sizes: string };
  }
}

window.__routesBench = (repeats) => {
  for (let i = 0; i < 3; i++) [time(small, i), time(large, i)]; // warm-up
  const result = { pack: [] as number[], tenfold: [] as number[], sizes: '' };
  for (let i = 0; i < repeats; i++) {
    result.pack.push(time(small, i));
    result.tenfold.push(time(large, i));
  }
  result.sizes = `pack ${small.network.nodes.length} nodes / ${small.network.edges.length} edges; 10× ${large.network.nodes.length} nodes / ${large.network.edges.length} edges`;
  return result;
};
document.getElementById('status')!.textContent = 'Ready';
