// Every source the pack cites. Articles are the five seed articles; datasets and sites come from
// reference/SOURCES.md. Dataset records (USGS, GSC) are created on use, one source per record id.
import type { Source } from '../../../shared/pack';

const MINMOD = 'via DARPA-CRITICALMAAS/ta2-minmod-data (commit 050de43)';

const BASE: Source[] = [
  // Seed articles (facts only; no sentences reused).
  { id: 'art-breeze-in-busan-2025', kind: 'article', title: 'As the US-China Trade War Escalates, Korea Looks to Mongolia for Economic Survival', publisher: 'Breeze in Busan column (outlet not named in the stored copy)', note: { en: 'Undated opinion piece; it refers to the early-2025 US tariff increases on China, Canada and Mexico.' } },
  { id: 'art-rare-earths-alliance-2025-09-22', kind: 'article', title: 'Mongolia And Korea Forge Rare Earths Alliance Amid Global Tensions', publisher: 'World news site (name not in the stored copy), citing The Korea Times, Chinese customs data and the IEA', date: '2025-09-22' },
  { id: 'art-korea-oda-mongolia', kind: 'article', title: 'Commentary: South Korean ODA and Mongolia as a rare-earth partner', publisher: 'Policy commentary (title and outlet not in the stored copy)', note: { en: 'Undated; quotes ODA averages for 2018–2024, so written in 2024 or later.' } },
  { id: 'art-new-resource-alliance-2025-03-12', kind: 'article', title: "New Resource Alliance: South Korea Plans to Invest in Mongolia's Mining Sector", publisher: 'Economy news site (name not in the stored copy), reporting a Korean Ministry of Industry announcement', date: '2025-03-12' },
  { id: 'art-reex-2025-12-11', kind: 'article', title: 'Korea Plants a Strategic Flag in Mongolia: A Quiet New Front in the Global Rare Metals Race', publisher: 'Rare Earth Exchanges, citing The Korea Times', date: '2025-12-11' },
  // Datasets.
  { id: 'minmod-ta2', kind: 'dataset', title: 'ta2-minmod-data (MinMod critical-minerals knowledge graph exports)', publisher: 'DARPA CriticalMAAS', url: 'https://github.com/DARPA-CRITICALMAAS/ta2-minmod-data', recordId: 'commit 050de43', licence: 'MIT (records re-published from USGS, GSC and others)' },
  { id: 'usgs-sir-2010-5090-z', kind: 'dataset', title: 'Porphyry copper deposits of the world: database and grade and tonnage models (SIR 2010-5090-Z)', publisher: 'U.S. Geological Survey', date: '2010', url: 'https://mrdata.usgs.gov/porcu/', licence: 'US public domain' },
  { id: 'mudd-jowitt-copper', kind: 'dataset', title: 'Global copper resources compilation (Mudd & Jowitt)', publisher: 'Mudd & Jowitt (academic compilation)', recordId: 'tsagaan-suvarga__1373', note: { en: `Cross-check only, ${MINMOD}.` } },
  { id: 'minmod-inferlink-baavhai', kind: 'dataset-record', title: 'Inferlink NI 43-101 extraction: Baavhai Uul lithium project (2019 report)', publisher: `Inferlink, ${MINMOD}`, recordId: '024d70da…e852', note: { en: 'Its coordinates are a geocoding error (Sükhbaatar town, not Sükhbaatar aimag) and are not used.' } },
  { id: 'gem-global-coal-mine-tracker', kind: 'dataset', title: 'Global Coal Mine Tracker (mine pages: Baruun Naran, Shivee Ovoo)', publisher: 'Global Energy Monitor (gem.wiki)', url: 'https://www.gem.wiki', licence: 'CC BY-SA 4.0 (facts only)' },
  { id: 'compiler-general-knowledge', kind: 'general-knowledge', title: 'Steppe Atlas reference tables: compiler general knowledge', publisher: 'Steppe Atlas team (2026)', note: { en: 'Facts the compiler added without a stored source; treat as unconfirmed where marked low confidence.' } },
  { id: 'parliament-resolution-27-2007', kind: 'agency', title: 'Parliament Resolution No. 27 (2007), Appendix 1: deposits of strategic importance (as remembered)', publisher: 'State Great Khural of Mongolia', date: '2007', note: { en: 'The list text itself was not found in stored copies; the strategic flags follow the compiler’s recollection.' } },
  // Encyclopedia entries (coordinates are facts; CC BY-SA 4.0).
  ...([
    ['wikipedia-tavan-tolgoi', 'Tavan Tolgoi (infobox)'], ['wikipedia-nariin-sukhait', 'Nariin Sukhait mining complex (infobox)'],
    ['wikipedia-tomortiin-ovoo', 'Tömörtiin Ovoo Zinc Mine'], ['wikipedia-khotgor-coal', 'Khotgor Coal Mine (Uvs)'],
    ['wikipedia-mardai', 'Mardai (town)'], ['wikipedia-choir-depression', 'Choir Depression'],
    ['wikipedia-ceke', 'Ceke, Inner Mongolia (en and de editions)'], ['wikipedia-tashanta', 'Tashanta (de and ru editions)'],
  ] as const).map(([id, title]): Source => ({ id, kind: 'encyclopedia', title: `Wikipedia: ${title}`, publisher: 'Wikipedia', licence: 'CC BY-SA 4.0 (facts only)' })),
  // Company, agency and news sites (facts only).
  ...([
    ['site-tavantolgoi-mn', 'company', 'Tavantolgoi JSC: about the deposit', 'Tavantolgoi JSC', 'https://tavantolgoi.mn'],
    ['site-mak-mn', 'company', 'Mongolyn Alt (MAK): Tsagaan Suvarga and Nariin Sukhait project pages', 'Mongolyn Alt Corporation', 'https://mak.mn'],
    ['site-temarise', 'company', 'Temarise: Khotgor rare-earth project', 'Temarise', 'https://temarise.com'],
    ['site-orano', 'company', 'Orano in Mongolia (Badrakh Energy)', 'Orano', 'https://www.orano.group'],
    ['site-mtz', 'agency', 'Ministry of Road and Transport Development: railway programme updates (2024)', 'Ministry of Road and Transport Development of Mongolia', 'https://mtz.mn'],
    ['site-montsame', 'article', 'MONTSAME news agency reports (2019–2025) on railways, border ports, the new airport and uranium', 'MONTSAME', 'https://montsame.mn'],
    ['site-railwaygazette', 'article', 'Railway Gazette International: Mongolian southern railway openings (2022)', 'Railway Gazette International', 'https://www.railwaygazette.com'],
    ['site-prnewswire-2022-11-25', 'article', 'Zuunbayan–Khangi railway opening release (25 Nov 2022)', 'PR Newswire', 'https://www.prnewswire.com'],
    ['site-gbreports', 'report', 'Global Business Reports: Mongolia mining (2024 interviews incl. Badrakh Energy, ION Energy)', 'Global Business Reports', 'https://www.gbreports.com'],
    ['site-world-nuclear', 'report', 'Uranium in Mongolia', 'World Nuclear Association', 'https://world-nuclear.org'],
    ['site-uraniumindustry', 'company', 'Uranium Industry a.s.: Haraat project (2016)', 'Uranium Industry a.s.', 'https://www.uraniumindustry.cz'],
    ['site-mongoliainc', 'article', 'Mongolia Inc.: lithium in Mongolia', 'mongoliainc.com', 'https://mongoliainc.com'],
    ['site-khanexpedition', 'article', 'Khan Expedition: extremities of Dundgovi aimag', 'khanexpedition.com', 'https://khanexpedition.com'],
    ['site-vom', 'article', 'Voice of Mongolia: lithium brines at Urgakh Naran', 'Voice of Mongolia (vom.mn)', 'https://vom.mn'],
    ['site-mmj', 'article', 'Mongolian Mining Journal (Baruun Naran; Zuuvch Ovoo state reserve via mongolia-japan.com)', 'Mongolian Mining Journal', 'https://mongolianminingjournal.com'],
    ['site-miningnews', 'article', 'Parabellum–Temarise Khotgor deal report citing the 2013 resource', 'MiningNews.net', 'https://www.miningnews.net'],
    ['site-marketscreener', 'article', 'Parabellum Resources mineral resource release (Khotgor, 65 km north of Dalanzadgad)', 'MarketScreener', 'https://www.marketscreener.com'],
    ['site-business-mongolia', 'article', 'ETT feasibility study figures (West Tsankhi, 2012)', 'business-mongolia.com', 'https://business-mongolia.com'],
    ['site-rio-tinto-2020-12-16', 'company', 'Rio Tinto release on Oyu Tolgoi underground (16 Dec 2020)', 'Rio Tinto', 'https://www.riotinto.com'],
    ['site-shiftingsands', 'report', 'Shifting Sands atlas of the Sino-Mongolian border: Zuun Khatavch–Bichigt', 'shiftingsandsproject.com', 'https://shiftingsandsproject.com'],
    ['site-bpo', 'agency', 'General Authority for Border Protection: border ports', 'bpo.gov.mn', 'https://bpo.gov.mn'],
    ['site-uuluurhai', 'article', 'Shiveekhüren coal container terminal report', 'uuluurhai.mn', 'https://uuluurhai.mn'],
    ['site-ttz', 'company', 'Tavan Tolgoi Railway (ttz.mn): Gashuunsukhait–Ganqimaodu talks', 'Tavan Tolgoi Railway LLC', 'https://ttz.mn'],
    ['site-eguur', 'article', 'eguur.mn railway news (2025)', 'eguur.mn', 'https://eguur.mn'],
    ['site-mera', 'agency', 'Mongolian Energy Regulatory Commission: Shivee Ovoo supply', 'mera.mn', 'https://mera.mn'],
    ['site-anu-mongolia-institute', 'report', 'ANU Mongolia Institute: state ownership of Baganuur', 'Australian National University Mongolia Institute', 'https://mongoliainstitute.anu.edu.au'],
    ['site-environnement-magazine', 'article', 'Orano uranium in Mongolia report', 'environnement-magazine.fr', 'https://www.environnement-magazine.fr'],
    ['site-lawinsider-southgobi', 'report', 'SouthGobi Resources annual information form (via lawinsider)', 'lawinsider.com', 'https://www.lawinsider.com'],
    ['site-urdupoint', 'article', 'First departure from Chinggis Khaan International Airport (to Tokyo)', 'UrduPoint / APP', 'https://www.urdupoint.com'],
    ['site-mdpi-must', 'report', 'MDPI author affiliation: Mongolian University of Science and Technology address', 'MDPI', 'https://www.mdpi.com'],
    ['paper-rundqvist-1995', 'report', 'Rundqvist, Baskina & Ontoev 1995, Global Tectonics and Metallogeny 5 (abstract)', 'Global Tectonics and Metallogeny', ''],
    ['paper-kigam-2011', 'report', 'KIGAM 2011 paper on Mongolian rare-earth deposits (map-sheet references)', 'Korea Institute of Geoscience and Mineral Resources (koreascience.or.kr)', 'https://koreascience.or.kr'],
  ] as const).map(([id, kind, title, publisher, url]): Source => ({ id, kind, title, publisher, ...(url ? { url } : {}) })),
];

const DATASET_RECORDS = {
  'usgs-major': ['USGS Major Mineral Deposits of the World', 'U.S. Geological Survey (mrdata)', 'US public domain'],
  'usgs-ree': ['USGS Rare Earth Element deposits', 'U.S. Geological Survey (mrdata)', 'US public domain'],
  'usgs-carbonatite': ['USGS Carbonatite occurrences of the world', 'U.S. Geological Survey (mrdata)', 'US public domain'],
  'usgs-phosphate': ['USGS Phosphate deposits of the world', 'U.S. Geological Survey (mrdata)', 'US public domain'],
  'usgs-porcu': ['USGS SIR 2010-5090-Z porphyry copper database', 'U.S. Geological Survey', 'US public domain'],
  'gsc-snw': ['World tin and tungsten deposit database (doi:10.4095/295581)', 'Geological Survey of Canada', 'Open Government Licence – Canada'],
} as const;
export type DatasetKey = keyof typeof DATASET_RECORDS;

const used = new Map<string, Source>(BASE.map((s) => [s.id, s]));

/** The id of a dataset record source, e.g. record('usgs-major', '341') → "usgs-major-341" (registered on use). */
export function record(dataset: DatasetKey, recordId: string): string {
  const id = `${dataset}-${recordId}`.toLowerCase();
  if (!used.has(id)) {
    const [title, publisher, licence] = DATASET_RECORDS[dataset];
    const via = dataset === 'usgs-porcu' ? '' : ` (${MINMOD})`;
    used.set(id, { id, kind: 'dataset-record', title: `${title}, record ${recordId}${via}`, publisher, recordId, licence });
  }
  return id;
}

/** Checks that an id names a known source (so typos fail the build, not the validation). */
export function src(id: string): string {
  if (!used.has(id)) throw new Error(`unknown source id "${id}"`);
  return id;
}

export function allSources(): Source[] {
  return [...used.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Citation keywords in the reference tables' `source` column → source ids. */
const CITATIONS: Array<[RegExp, string]> = [
  [/general knowledge/i, 'compiler-general-knowledge'], [/Ceke/, 'wikipedia-ceke'], [/Tashanta/, 'wikipedia-tashanta'],
  [/shiftingsands/, 'site-shiftingsands'], [/montsame/, 'site-montsame'], [/uuluurhai/, 'site-uuluurhai'], [/bpo\.gov/, 'site-bpo'],
  [/MDPI/, 'site-mdpi-must'], [/railwaygazette/, 'site-railwaygazette'], [/PR Newswire/, 'site-prnewswire-2022-11-25'],
  [/mtz\.mn/, 'site-mtz'], [/ttz\.mn/, 'site-ttz'], [/eguur/, 'site-eguur'], [/lawinsider/, 'site-lawinsider-southgobi'],
  [/urdupoint/, 'site-urdupoint'], [/Rio Tinto/, 'site-rio-tinto-2020-12-16'], [/mak\.mn/, 'site-mak-mn'],
  [/tavantolgoi\.mn/, 'site-tavantolgoi-mn'], [/business-mongolia/, 'site-business-mongolia'], [/gem\.wiki/, 'gem-global-coal-mine-tracker'],
  [/Khotgor Coal/, 'wikipedia-khotgor-coal'], [/Mongolian Mining Journal/, 'site-mmj'], [/gbreports/, 'site-gbreports'],
  [/miningnews/, 'site-miningnews'], [/mongoliainc/, 'site-mongoliainc'], [/Rundqvist/, 'paper-rundqvist-1995'],
  [/SIR 2010-5090-Z/, 'usgs-sir-2010-5090-z'], [/MinMod/, 'minmod-ta2'], [/Choir Depression/, 'wikipedia-choir-depression'],
  [/^Wikipedia;/, 'wikipedia-nariin-sukhait'],
];

/** Source ids for a free-text citation from the reference tables; `extra` adds ids known from context. */
export function citeIds(citation: string, ...extra: string[]): string[] {
  const ids = new Set<string>(extra.map(src));
  for (const [pattern, id] of CITATIONS) if (pattern.test(citation)) ids.add(src(id));
  for (const m of citation.matchAll(/USGS (?:major deposits )?recs? (\d+)(?:\/(\d+))?/g)) {
    ids.add(record('usgs-major', m[1]));
    if (m[2]) ids.add(record('usgs-major', m[2]));
  }
  for (const m of citation.matchAll(/SIR 2010-5090-Z (?:rec |\(gmrap )(\d+)/g)) ids.add(record('usgs-porcu', m[1]));
  if (ids.size === 0) throw new Error(`no source recognised in citation "${citation}"`);
  return [...ids];
}
