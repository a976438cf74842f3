// The six partners plus Mongolia and transit Kazakhstan. Profiles are our own summaries of the seeds and reference.
import type { Country } from '../../../shared/pack';
import { src } from './sources';

const ALLIANCE = 'art-rare-earths-alliance-2025-09-22';
const BREEZE = 'art-breeze-in-busan-2025';
const ODA = 'art-korea-oda-mongolia';
const MARCH = 'art-new-resource-alliance-2025-03-12';
const REEX = 'art-reex-2025-12-11';
const GK = 'compiler-general-knowledge';

const eng = (summary: string, sourceIds: string[], extra: Partial<Country['engagements'][number]> = {}) => ({ summary: { en: summary }, sourceIds, ...extra });

const COUNTRIES: Country[] = [
  { code: 'MN', name: { en: 'Mongolia', mn: 'Монгол Улс', ko: '몽골', ja: 'モンゴル', zh: '蒙古国', ru: 'Монголия' }, roles: ['producer'], sourceIds: [MARCH, BREEZE, GK],
    profile: { en: 'Landlocked between China and Russia, Mongolia relies on mining for about a quarter of its GDP, with coal, copper and fluorspar its main earners. It wants more refining at home and more partners beyond its two neighbours, but every export route crosses one of them.' },
    engagements: [
      eng('Built three railways to the Chinese border in 2022 to move coal by train instead of truck.', ['site-railwaygazette', 'site-montsame'], { date: '2022', eventIds: ['tt-gashuunsukhait-rail-opens-2022-09', 'zuunbayan-khangi-rail-opens-2022-11-25', 'tt-zuunbayan-rail-2022'] }),
      eng('Keeps a list of strategic deposits in which the state may take a stake.', ['parliament-resolution-27-2007'], { date: '2007', eventIds: ['strategic-deposits-list-2007'] }),
    ] },
  { code: 'KR', name: { en: 'South Korea', mn: 'Өмнөд Солонгос', ko: '대한민국', ja: '韓国', zh: '韩国', ru: 'Южная Корея' }, roles: ['buyer', 'investor'], sourceIds: [ALLIANCE, ODA, MARCH, REEX, BREEZE],
    profile: { en: 'A manufacturing power with few minerals of its own, Korea depends heavily on China for rare earths and treats that as a security risk. It courts Mongolia through development aid, research centres and company agreements, and belongs to the US-led Minerals Security Partnership.' },
    engagements: [
      eng('Development aid to Mongolia averaging about US$53 million a year (2018–2024), part of it aimed at the minerals sector.', [ODA], { date: '2018' }),
      eng('Joint rare-metals committee after the July 2023 vice-ministerial visit.', [ODA], { date: '2023-07', eventIds: ['kr-vice-fm-visit-2023-07', 'kr-mn-rare-metals-committee'] }),
      eng('Ministerial agreement of March 2025 on joint exploration and a rare-metals centre.', [MARCH], { date: '2025-03-12', eventIds: ['kr-mn-ministerial-2025-03-12'] }),
      eng('Seoul investment forum and MOUs between Erdenes Mongol, KOMIR and Samsung C&T.', [ALLIANCE], { date: '2025-09-22', eventIds: ['seoul-forum-2025-09-22', 'erdenes-mongol-mous-2025-09-22'] }),
      eng('ODA-funded rare metals cooperation centre opened at MUST in Ulaanbaatar.', [REEX], { date: '2025-12-12', eventIds: ['kr-mn-rare-metals-centre-opens'] }),
      eng('A Korean state coal company bought 51% of the Nuurst Khotgor coal mine in Uvs.', ['wikipedia-khotgor-coal'], { date: '2010', eventIds: ['korea-coal-nuurst-khotgor-2010'], depositIds: ['nuurst-khotgor'] }),
    ] },
  { code: 'JP', name: { en: 'Japan', mn: 'Япон', ko: '일본', ja: '日本', zh: '日本', ru: 'Япония' }, roles: ['buyer', 'investor'], sourceIds: [ODA, BREEZE, GK],
    profile: { en: 'Japan learned early what a supply cut feels like when China held back rare earths during a 2010–11 dispute. It is named among the countries looking at Mongolian minerals, and Tokyo was the first destination served from Ulaanbaatar’s new airport.' },
    engagements: [eng('Exposed to Chinese rare-earth restrictions in 2010–11.', [ODA], { eventIds: ['cn-ree-curbs-on-japan'] }), eng('First flight from Chinggis Khaan International Airport went to Tokyo (4 July 2021).', ['site-urdupoint'], { date: '2021-07-04', eventIds: ['ubn-airport-opens-2021-07-04'] })] },
  { code: 'US', name: { en: 'United States', mn: 'Америкийн Нэгдсэн Улс', ko: '미국', ja: 'アメリカ合衆国', zh: '美国', ru: 'США' }, roles: ['buyer', 'investor', 'competitor'], sourceIds: [ALLIANCE, ODA, BREEZE],
    profile: { en: 'The US leads the Minerals Security Partnership and is building a domestic magnet chain, most visibly through the Defense Department’s 2025 stake in MP Materials. Its tariff fight with China is the backdrop to the tighter Chinese export controls.' },
    engagements: [eng('Defense Department invested US$400 million in MP Materials.', [ALLIANCE], { date: '2025-07', eventIds: ['us-dod-mp-materials-2025-07'] })] },
  { code: 'EU', name: { en: 'European Union', mn: 'Европын холбоо', ko: '유럽연합', ja: '欧州連合', zh: '欧盟', ru: 'Европейский союз' }, roles: ['buyer', 'investor', 'processor'], sourceIds: [ALLIANCE, MARCH, 'site-orano', 'site-uraniumindustry'],
    profile: { en: 'The largest buyer of Chinese rare-earth magnets in August 2025, the EU is also starting its own magnet production in Estonia. In Mongolia, French Orano leads uranium development, a Czech firm holds Kharaat, and Germany’s BGR studied rare earths and lithium with MRAM.' },
    engagements: [
      eng('Orano (France) and Mongolia signed the Zuuvch Ovoo investment agreement.', ['site-orano', 'site-montsame'], { date: '2025-01-17', eventIds: ['zuuvch-ovoo-investment-agreement-2025-01-17'], depositIds: ['zuuvch-ovoo', 'dulaan-uul'] }),
      eng('Uranium Industry a.s. (Czechia) bought 85% of the Kharaat uranium joint venture.', ['site-uraniumindustry'], { date: '2015-11', eventIds: ['kharaat-uranium-industry-2015'], depositIds: ['kharaat-u'] }),
      eng('Germany’s BGR and Mongolia’s MRAM published a joint study of rare-earth and lithium potential.', [MARCH], { date: '2023', eventIds: ['mram-bgr-study-2023'] }),
    ] },
  { code: 'CN', name: { en: 'China', mn: 'Хятад', ko: '중국', ja: '中国', zh: '中国', ru: 'Китай' }, roles: ['buyer', 'processor', 'transit', 'competitor', 'investor'], sourceIds: [ALLIANCE, MARCH, BREEZE, GK],
    profile: { en: 'China mines about three-fifths of the world’s rare earths and refines over nine-tenths. It buys most of Mongolia’s coal and copper concentrate, provides its main sea outlet at Tianjin, and uses export controls on rare earths and magnets as leverage.' },
    engagements: [
      eng('Expanded export controls to seven rare earths and related magnets.', [ALLIANCE], { date: '2025-04', eventIds: ['cn-export-controls-2025-04'] }),
      eng('Chinese partner in the Tömörtiin Ovoo zinc mine and the Nariin Sukhait coal joint venture.', ['wikipedia-tomortiin-ovoo', 'site-mak-mn'], { depositIds: ['tumurtiin-ovoo', 'nariin-sukhait'] }),
    ] },
  { code: 'RU', name: { en: 'Russia', mn: 'Орос', ko: '러시아', ja: 'ロシア', zh: '俄罗斯', ru: 'Россия' }, roles: ['transit', 'investor'], sourceIds: [BREEZE, 'site-world-nuclear', GK],
    profile: { en: 'Russia gives Mongolia its only rail route to the sea that avoids China, via the Trans-Siberian to Vladivostok, Vostochny and Zarubino. It has a long history in Mongolian uranium, and since 2022 sanctions complicate its use as a route to Europe.' },
    engagements: [eng('Soviet-run uranium mining at Mardai (1988–1995); a Russian partner is linked to the Dornod district today.', ['wikipedia-mardai', 'site-world-nuclear'], { eventIds: ['dornod-uranium-mine'], depositIds: ['dornod-mardai', 'gurvanbulag-u'] })] },
  { code: 'KZ', name: { en: 'Kazakhstan', mn: 'Казахстан', ko: '카자흐스탄', ja: 'カザフスタン', zh: '哈萨克斯坦', ru: 'Казахстан' }, roles: ['transit'], sourceIds: [BREEZE, REEX, GK],
    profile: { en: 'Kazakhstan carries the Middle Corridor from China to the Caspian. It has no border with Mongolia, so Mongolian cargo must first cross China or Russia. Korea also plans a rare-metals centre there.' },
    engagements: [eng('Korea plans a rare-metals cooperation centre in Kazakhstan, like the one in Ulaanbaatar.', [REEX], { date: '2025-12' })] },
];

export function buildCountries(): Country[] {
  return COUNTRIES.map((c) => ({ ...c, sourceIds: c.sourceIds.map(src), engagements: c.engagements.map((e) => ({ ...e, sourceIds: e.sourceIds.map(src) })) }));
}
