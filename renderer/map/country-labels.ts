// Country name labels, placed by hand where they read well around Mongolia (Natural Earth has no label points).
import type { FeatureCollection, Point } from 'geojson';

const LABELS: Array<{ code: string; at: [number, number]; rank: number; en: string; ko: string; mn: string }> = [
  { code: 'MN', at: [103.0, 46.6], rank: 1.3, en: 'Mongolia', ko: '몽골', mn: 'Монгол Улс' },
  { code: 'CN', at: [108.0, 38.2], rank: 1.2, en: 'China', ko: '중국', mn: 'Хятад' },
  { code: 'RU', at: [100.0, 55.5], rank: 1.2, en: 'Russia', ko: '러시아', mn: 'Орос' },
  { code: 'KZ', at: [71.0, 48.0], rank: 1, en: 'Kazakhstan', ko: '카자흐스탄', mn: 'Казахстан' },
  { code: 'KR', at: [127.9, 36.4], rank: 0.9, en: 'South Korea', ko: '대한민국', mn: 'Өмнөд Солонгос' },
  { code: 'KP', at: [126.9, 40.2], rank: 0.75, en: 'North Korea', ko: '북한', mn: 'Хойд Солонгос' },
  { code: 'JP', at: [138.5, 36.8], rank: 1, en: 'Japan', ko: '일본', mn: 'Япон' },
  { code: 'US', at: [-99.0, 39.5], rank: 1.2, en: 'United States', ko: '미국', mn: 'АНУ' },
  { code: 'EU', at: [10.5, 50.5], rank: 1, en: 'European Union', ko: '유럽연합', mn: 'Европын холбоо' },
];

export function countryLabels(): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: LABELS.map(({ at, ...p }) => ({ type: 'Feature', properties: p, geometry: { type: 'Point', coordinates: at } })),
  };
}
