// Mongolia's 21 aimags and the capital: stable ids, names in the app's languages, spellings seen in data
// files and packs, and a point inside each (the aimag centre, or its town for the small ones) used to
// check polygons and place labels. Shared by the basemap build and the renderer (via aimags.ts).
export const AIMAGS = [
  { id: 'arkhangai', en: 'Arkhangai', mn: 'Архангай', ko: '아르항가이', aliases: ['Arhangay', 'Arkhangay'], centre: [101.2, 47.6] },
  { id: 'bayan-olgii', en: 'Bayan-Ölgii', mn: 'Баян-Өлгий', ko: '바양울기', aliases: ['Bayan-Ölgiy', 'Bayan-Olgii', 'Bayan-Ulgii'], centre: [89.8, 48.6] },
  { id: 'bayankhongor', en: 'Bayankhongor', mn: 'Баянхонгор', ko: '바양홍고르', aliases: ['Bayanhongor'], centre: [99.8, 45.3] },
  { id: 'bulgan', en: 'Bulgan', mn: 'Булган', ko: '불간', aliases: [], centre: [103.3, 48.6] },
  { id: 'darkhan-uul', en: 'Darkhan-Uul', mn: 'Дархан-Уул', ko: '다르항올', aliases: ['Darhan-Uul', 'Darkhan'], centre: [105.95, 49.45] },
  { id: 'dornod', en: 'Dornod', mn: 'Дорнод', ko: '도르노드', aliases: [], centre: [114.5, 47.8] },
  { id: 'dornogovi', en: 'Dornogovi', mn: 'Дорноговь', ko: '도르노고비', aliases: ['Dornogobi', 'East Gobi'], centre: [110.0, 44.3] },
  { id: 'dundgovi', en: 'Dundgovi', mn: 'Дундговь', ko: '둔드고비', aliases: ['Dundgobi', 'Middle Gobi'], centre: [106.3, 45.6] },
  { id: 'govi-altai', en: 'Govi-Altai', mn: 'Говь-Алтай', ko: '고비알타이', aliases: ['Govi-Altay', 'Gobi-Altai'], centre: [96.0, 45.8] },
  { id: 'govisumber', en: 'Govisümber', mn: 'Говьсүмбэр', ko: '고비숨베르', aliases: ['Gowisümber', 'Govi-Sümber', 'Govisumber', 'Govi-Sumber'], centre: [108.4, 46.4] },
  { id: 'khentii', en: 'Khentii', mn: 'Хэнтий', ko: '헨티', aliases: ['Hentiy', 'Khentiy'], centre: [110.6, 47.6] },
  { id: 'khovd', en: 'Khovd', mn: 'Ховд', ko: '호브드', aliases: ['Hovd', 'Kovd'], centre: [92.5, 46.9] },
  { id: 'khovsgol', en: 'Khövsgöl', mn: 'Хөвсгөл', ko: '흡스골', aliases: ['Hövsgöl', 'Khuvsgul', 'Khovsgol'], centre: [99.8, 50.0] },
  { id: 'omnogovi', en: 'Ömnögovi', mn: 'Өмнөговь', ko: '으믄고비', aliases: ['Umnugovi', 'Omnogovi', 'South Gobi', 'Ömnögobi'], centre: [104.0, 43.5] },
  { id: 'orkhon', en: 'Orkhon', mn: 'Орхон', ko: '오르홍', aliases: ['Orhon', 'Erdenet'], centre: [104.1, 49.03], label: [103.92, 49.13] },
  { id: 'ovorkhangai', en: 'Övörkhangai', mn: 'Өвөрхангай', ko: '우부르항가이', aliases: ['Övörhangay', 'Uvurkhangai', 'Ovorkhangai'], centre: [102.9, 45.9] },
  { id: 'selenge', en: 'Selenge', mn: 'Сэлэнгэ', ko: '셀렝게', aliases: [], centre: [106.5, 49.6] },
  { id: 'sukhbaatar', en: 'Sükhbaatar', mn: 'Сүхбаатар', ko: '수흐바타르', aliases: ['Sühbaatar', 'Sukhbaatar'], centre: [113.6, 46.0] },
  { id: 'tov', en: 'Töv', mn: 'Төв', ko: '투브', aliases: ['Tov', 'Tuv', 'Central'], centre: [106.0, 47.0] },
  { id: 'ulaanbaatar', en: 'Ulaanbaatar', mn: 'Улаанбаатар', ko: '울란바토르', aliases: ['Ulan Bator'], centre: [106.92, 47.92] },
  { id: 'uvs', en: 'Uvs', mn: 'Увс', ko: '우브스', aliases: [], centre: [92.6, 49.7] },
  { id: 'zavkhan', en: 'Zavkhan', mn: 'Завхан', ko: '자브항', aliases: ['Dzavhan', 'Zavhan'], centre: [96.6, 48.2] },
];

/** ISO 3166 numeric ids (as world-atlas writes them) of the countries the atlas names by ISO-2. */
export const COUNTRY_NUMERIC = {
  MN: '496', CN: '156', RU: '643', KZ: '398', KR: '410', KP: '408', JP: '392', US: '840', TW: '158',
  AT: '040', BE: '056', BG: '100', HR: '191', CY: '196', CZ: '203', DK: '208', EE: '233', FI: '246', FR: '250',
  DE: '276', GR: '300', HU: '348', IE: '372', IT: '380', LV: '428', LT: '440', LU: '442', MT: '470', NL: '528',
  PL: '616', PT: '620', RO: '642', SK: '703', SI: '705', ES: '724', SE: '752',
};

export const EU_MEMBERS = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];
