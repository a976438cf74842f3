// Country name labels, placed by hand where they read well around Mongolia (Natural Earth has no label points).
// `local` is the country's own name in its own script, drawn under the label when it differs (an atlas
// convention: 中国 under China); Japanese and Chinese ones also decide which font subsets ship (fonts.mjs).
// `script` names the font for `local`: 'ja' and 'zh' have their own Noto faces, anything else uses Noto Sans.
export const COUNTRY_LABELS = [
  { code: 'MN', at: [103.0, 46.6], rank: 1.3, en: 'Mongolia', ko: '몽골', mn: 'Монгол Улс', local: 'Монгол Улс', script: 'mn' },
  { code: 'CN', at: [108.0, 38.2], rank: 1.2, en: 'China', ko: '중국', mn: 'Хятад', local: '中国', script: 'zh' },
  { code: 'RU', at: [100.0, 55.5], rank: 1.2, en: 'Russia', ko: '러시아', mn: 'Орос', local: 'Россия', script: 'ru' },
  { code: 'KZ', at: [71.0, 48.0], rank: 1, en: 'Kazakhstan', ko: '카자흐스탄', mn: 'Казахстан', local: 'Қазақстан', script: 'kk' },
  { code: 'KR', at: [127.9, 36.4], rank: 0.9, en: 'South Korea', ko: '대한민국', mn: 'Өмнөд Солонгос', local: '대한민국', script: 'ko' },
  { code: 'KP', at: [126.9, 40.2], rank: 0.75, en: 'North Korea', ko: '북한', mn: 'Хойд Солонгос', local: '조선', script: 'ko' },
  { code: 'JP', at: [138.5, 36.8], rank: 1, en: 'Japan', ko: '일본', mn: 'Япон', local: '日本', script: 'ja' },
  { code: 'US', at: [-99.0, 39.5], rank: 1.2, en: 'United States', ko: '미국', mn: 'АНУ', local: 'United States', script: 'en' },
  { code: 'EU', at: [10.5, 50.5], rank: 1, en: 'European Union', ko: '유럽연합', mn: 'Европын холбоо', local: 'European Union', script: 'en' },
];
