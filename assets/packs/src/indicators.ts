// Dated figures with units. Notes are our own words; each figure cites the article or dataset it came from.
import type { Indicator } from '../../../shared/pack';
import { src } from './sources';

const ALLIANCE = 'art-rare-earths-alliance-2025-09-22';

const INDICATORS: Indicator[] = [
  { id: 'cn-share-ree-extraction', name: { en: "China's share of world rare-earth mining" }, value: 61, unit: '%', period: '2025-09', countryCodes: ['CN'], confidence: 'medium', sourceIds: [ALLIANCE],
    note: { en: 'IEA figure as cited in September 2025; the reference year is not stated.' } },
  { id: 'cn-share-ree-refining', name: { en: "China's share of world rare-earth refining" }, value: 92, unit: '%', period: '2025-09', countryCodes: ['CN'], confidence: 'medium', sourceIds: [ALLIANCE],
    note: { en: 'IEA figure as cited in September 2025; the reference year is not stated.' } },
  { id: 'cn-magnet-exports-2025-08', name: { en: 'Chinese rare-earth permanent magnet exports' }, value: 6146, unit: 't', period: '2025-08', countryCodes: ['CN', 'EU', 'US'], sourceIds: [ALLIANCE],
    breakdown: [
      { key: 'EU', label: { en: 'European Union' }, value: 2582, unit: 't' },
      { key: 'US', label: { en: 'United States' }, value: 590, unit: 't' },
    ],
    note: { en: 'Chinese customs data released on 20 September 2025. Total up 10.2% on July and 15.4% on August 2024, the most since January. EU up 21% on July; US down 4.8% on July and 11.8% on a year earlier. Other destinations were not itemised.' } },
  { id: 'kr-oda-to-mongolia', name: { en: 'Korean official development assistance to Mongolia (yearly average)' }, value: 53, unit: 'US$ million per year', period: '2018', periodEnd: '2024', countryCodes: ['KR', 'MN'], sourceIds: ['art-korea-oda-mongolia'],
    note: { en: 'Aid for the mining sector is only a small part of this total.' } },
  { id: 'mn-mining-share-of-gdp', name: { en: "Mining's share of Mongolia's GDP" }, value: 25, unit: '% of GDP', period: '2025-03', countryCodes: ['MN'], confidence: 'medium', sourceIds: ['art-new-resource-alliance-2025-03-12'],
    note: { en: 'Given as "around" a quarter; coal is the largest export, and Mongolia is also a major producer of fluorspar and molybdenum.' } },
  { id: 'us-dod-stake-mp-materials', name: { en: 'US Defense Department investment in MP Materials' }, value: 400, unit: 'US$ million', period: '2025-07', countryCodes: ['US'], sourceIds: [ALLIANCE],
    note: { en: 'Made the Pentagon the largest shareholder of the US rare-earth producer.' } },
  { id: 'eu-estonia-magnet-capacity', name: { en: 'Initial capacity of the Neo magnet plant in Estonia' }, value: 2000, unit: 't of magnet blocks per year', period: '2025-09', countryCodes: ['EU'], sourceIds: [ALLIANCE],
    note: { en: 'The owner aims to more than double output in later years.' } },
  { id: 'zuuvch-ovoo-planned-output', name: { en: 'Planned uranium output of Zuuvch Ovoo' }, value: 2500, unit: 't U per year', period: '2025', countryCodes: ['MN', 'EU'], confidence: 'medium', sourceIds: ['site-orano', 'site-gbreports'],
    note: { en: 'Approximate target under the January 2025 investment agreement.' } },
  { id: 'mn-strategic-deposits-2007', name: { en: 'Deposits on the 2007 strategic list' }, value: 15, unit: 'deposits', period: '2007', countryCodes: ['MN'], confidence: 'low', sourceIds: ['parliament-resolution-27-2007'],
    note: { en: 'Count from the list as remembered by the compiler; Gatsuurt was added in 2015.' } },
];

export function buildIndicators(): Indicator[] {
  return INDICATORS.map((i) => ({ ...i, sourceIds: i.sourceIds.map(src) }));
}
