// 10,000 synthetic deposits across Mongolia with names in English, Mongolian Cyrillic and Korean,
// deterministic (seeded) so every page and every run draws and searches the very same records.
import { COMMODITY_GROUPS, DEPOSIT_STATUSES, type Deposit } from '../../../shared/pack';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LATIN = ['ba', 'tsa', 'gaan', 'ul', 'nuur', 'khan', 'tol', 'goi', 'bor', 'ovoo', 'del', 'ger', 'sum', 'ber', 'khar', 'naran', 'shar', 'erd', 'en', 'oyu'];
const CYRILLIC = ['ба', 'цa', 'гаан', 'ул', 'нуур', 'хан', 'тол', 'гой', 'бор', 'овоо', 'дэл', 'гэр', 'сүм', 'бэр', 'хар', 'наран', 'шар', 'эрд', 'эн', 'оюу'];
const HANGUL = ['바', '차', '간', '울', '누르', '칸', '톨', '고이', '보르', '오보', '델', '게르', '숨', '베르', '하르', '나란', '샤르', '에르드', '엔', '오유'];
const COMMODITY_OF: Record<string, string> = {
  ree: 'REE', 'battery-metals': 'Li', 'w-mo-sn': 'W', uranium: 'U', 'cu-au': 'Cu', coal: 'Coal', fluorspar: 'Fluorspar', iron: 'Fe', other: 'Zn',
};
const AIMAGS = ['Ömnögovi', 'Dornogovi', 'Dundgovi', 'Töv', 'Selenge', 'Khentii', 'Dornod', 'Sükhbaatar', 'Bayankhongor', 'Govi-Altai', 'Khovd', 'Uvs', 'Zavkhan', 'Khövsgöl', 'Bulgan', 'Arkhangai'];
const PARTNERS = ['KR', 'JP', 'US', 'EU', 'CN', 'RU'];

export function syntheticDeposits(count = 10_000, seed = 20_251_123): Deposit[] {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)];
  const out: Deposit[] = [];
  for (let i = 0; i < count; i++) {
    const parts = [Math.floor(r() * LATIN.length), Math.floor(r() * LATIN.length), Math.floor(r() * LATIN.length)];
    const word = (syllables: string[], a: number, b: number) => syllables[a] + syllables[b];
    const en = `${word(LATIN, parts[0], parts[1])} ${LATIN[parts[2]]} ${i}`.replace(/^./, (c) => c.toUpperCase());
    const group = pick(COMMODITY_GROUPS);
    out.push({
      id: `synthetic-${i}`,
      name: { en, mn: `${word(CYRILLIC, parts[0], parts[1])} ${CYRILLIC[parts[2]]} ${i}`, ko: `${word(HANGUL, parts[0], parts[1])}${HANGUL[parts[2]]} ${i}` },
      location: { lat: 42 + r() * 9.5, lon: 88.5 + r() * 30.5, precisionKm: 5, confidence: r() < 0.15 ? 'low' : 'high' },
      aimag: pick(AIMAGS),
      commodities: [COMMODITY_OF[group] as Deposit['commodities'][number]],
      depositType: 'synthetic',
      status: pick(DEPOSIT_STATUSES),
      owners: [],
      partnerCountries: r() < 0.2 ? [pick(PARTNERS)] : [],
      strategic: r() < 0.1 ? 'yes' : 'no',
      estimates: [],
      confidence: 'high',
      sourceIds: ['synthetic'],
    });
  }
  return out;
}

/** Camera path for pan/zoom frame-rate runs: a loop over Mongolia, zooming in and out. */
export function cameraAt(t: number): { center: [number, number]; zoom: number } {
  const a = t * Math.PI * 2;
  return { center: [104 + 7 * Math.cos(a), 46.5 + 2.5 * Math.sin(a)], zoom: 5 + 1.2 * Math.sin(a * 2) };
}

/** Drives a map along cameraAt() for `ms`, one step per animation frame; resolves with frames per second. */
export function measureFps(step: (t: number) => void, ms: number): Promise<number> {
  return new Promise((resolve) => {
    let frames = 0;
    const start = performance.now();
    const tick = (now: number) => {
      const elapsed = now - start;
      if (elapsed >= ms) {
        resolve((frames * 1000) / elapsed);
        return;
      }
      step(elapsed / 8000);
      frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
