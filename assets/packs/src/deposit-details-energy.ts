// Deposit details for coal, fluorspar, uranium and lithium. Descriptions are our own summaries
// of the facts in reference/deposits.csv.
import { record as r, src } from './sources';
import { state, type DepositDetail } from './deposit-detail-types';

const GK = src('compiler-general-knowledge');
const ETT = state('Erdenes Tavan Tolgoi JSC');
const MMC = (unit: string) => ({ name: `Mongolian Mining Corporation (${unit})`, country: 'MN', role: 'owner' as const });
const BADRAKH = [{ name: 'Orano (through Badrakh Energy LLC)', share: 66, country: 'FR', role: 'operator' as const }, state('MonAtom (through Badrakh Energy LLC)', 34)];
const ION = { name: 'ION Energy Ltd', country: 'CA', role: 'owner' as const };

export const ENERGY_DETAILS: Record<string, DepositDetail> = {
  'tavan-tolgoi': {
    sources: [src('wikipedia-tavan-tolgoi'), src('site-tavantolgoi-mn')],
    owners: [ETT, { name: 'Tavantolgoi JSC', country: 'MN', role: 'owner' }, MMC('Ukhaa Khudag')],
    description: "One of the world's largest coking-coal fields, mined since 1967. It is split into blocks — East and West Tsankhi, Ukhaa Khudag, Borteeg, Bor Tolgoi and others — held by several licence holders.",
  },
  'tt-east-tsankhi': {
    sources: [GK],
    owners: [ETT],
    description: 'Main pit of Erdenes Tavan Tolgoi. Since September 2022 its coal has gone by rail to the Gashuunsukhait border crossing.',
    caveats: [['location', 'low', 'Placed east of the central block by estimate.']],
  },
  'tt-west-tsankhi': {
    sources: [GK],
    owners: [ETT],
    description: 'Erdenes Tavan Tolgoi block worked through mining contractors.',
    caveats: [['location', 'low', 'Placed west of the central block by estimate.']],
  },
  'tt-central-block': {
    sources: [src('site-tavantolgoi-mn')],
    owners: [{ name: 'Tavantolgoi JSC (local-government and public shareholders)', country: 'MN', role: 'owner' }],
    description: 'Licence of Tavantolgoi JSC, which gives its extent as 43°35′–43°39′ N and 105°25′–105°32′ E, about 15 km south-west of Tsogttsetsii; the point is the middle of that box.',
    caveats: [['owners', 'low', 'The shareholding split is not confirmed.']],
  },
  'ukhaa-khudag': {
    sources: [GK],
    owners: [MMC('Energy Resources LLC')],
    description: "Mongolian Mining Corporation's mine in the Tavan Tolgoi coal formation, where the country's first coal washing plant opened in 2011.",
    caveats: [['location', 'low', 'The exact pit position has not been checked.']],
  },
  'baruun-naran': {
    sources: [src('gem-global-coal-mine-tracker'), src('site-mmj')],
    owners: [MMC('Khangad Exploration LLC')],
    description: 'Coking-coal mine about 30 km by road from Ukhaa Khudag, where its raw coal is washed. Commercial mining began in February 2012.',
  },
  'nariin-sukhait': {
    sources: [src('wikipedia-nariin-sukhait'), src('site-mak-mn')],
    owners: [
      { name: 'Mongolyn Alt Corporation (MAK)', country: 'MN', role: 'owner' },
      { name: 'Qinhua-MAK-Nariin Sukhait joint venture', role: 'joint-venture' },
      { name: 'SouthGobi Sands (Ovoot Tolgoi)', role: 'owner' },
    ],
    partners: ['CN'],
    description: 'Coal complex about 56 km north of the Shiveekhüren–Ceke crossing. Coal goes to China by truck while a cross-border railway is under construction.',
  },
  baganuur: {
    sources: [GK, src('site-anu-mongolia-institute')],
    owners: [{ name: 'Baganuur JSC', country: 'MN', role: 'operator' }, state('Erdenes Mongol', 75)],
    description: "Lignite mine that has fuelled Ulaanbaatar's power stations since 1978, with a rail branch to the capital.",
  },
  'shivee-ovoo': {
    sources: [GK, src('gem-global-coal-mine-tracker'), src('site-mera')],
    owners: [{ ...state('Shivee-Ovoo JSC (state about 90%)', 90), confidence: 'medium' }],
    description: "Lignite mine in Shiveegovi soum, about 260 km south-east of Ulaanbaatar, working since 1990–91 and feeding the capital's fourth combined heat and power plant.",
  },
  'nuurst-khotgor': {
    sources: [src('wikipedia-khotgor-coal')],
    owners: [{ name: 'Korea Coal Corporation', share: 51, country: 'KR', role: 'owner', confidence: 'low' }],
    partners: ['KR'],
    description: 'Coal mine in Uvs about 80 km west of Ulaangom and 25 km south of Üüreg Lake, in which a Korean state coal company took 51% in 2010. Not the Khotgor rare-earth deposit.',
    caveats: [['owners', 'low', 'Whether the Korean stake is still held is not confirmed.'], ['location', 'low', 'Worked out from stated distances.']],
  },
  'bor-undur': {
    sources: [r('usgs-major', '350'), r('usgs-major', '349'), src('minmod-ta2')],
    owners: [state('Mongolrostsvetmet')],
    description: "Mongolia's main fluorspar mine and processing town; the country is one of the world's three largest fluorspar producers.",
    caveats: [['owners', 'low', 'A former Russian stake is reported to have been bought out; not confirmed.']],
  },
  'khajuu-ulaan': {
    sources: [r('usgs-major', '351'), src('minmod-ta2')],
    owners: [],
    description: 'Fluorspar deposit about 33 km east of Bor-Öndör.',
    caveats: [['aimag', 'low', 'Whether it lies in Khentii or Dornogovi is not confirmed.']],
  },
  urgen: {
    sources: [r('usgs-major', '352'), src('minmod-ta2')],
    owners: [],
    description: 'Stratabound fluorspar deposit in the East Gobi.',
    caveats: [['status', 'medium', 'Current status not confirmed.']],
  },
  berkh: {
    sources: [r('usgs-major', '348'), src('minmod-ta2')],
    owners: [{ name: 'Mongolrostsvetmet', country: 'MN', role: 'historical' }],
    description: 'Former fluorspar mining town in eastern Khentii.',
  },
  'zuuvch-ovoo': {
    sources: [src('site-montsame'), src('site-orano'), src('site-gbreports')],
    owners: BADRAKH,
    partners: ['EU'],
    description: 'Sandstone-hosted uranium in Ulaanbadrakh soum, planned for in-situ recovery at about 2,500 t of uranium a year. A pilot ran in 2021–22 and the investment agreement was signed on 17 January 2025.',
    caveats: [['location', 'low', 'Only the soum is known; the point is a placeholder.']],
  },
  'dulaan-uul': {
    sources: [src('site-orano'), src('site-environnement-magazine'), src('site-gbreports')],
    owners: BADRAKH,
    partners: ['EU'],
    description: 'Uranium deposit (together with Umnut) found in 2002 by Cogema, now Orano, and covered by the 2025 investment agreement with Zuuvch Ovoo.',
    caveats: [['location', 'low', 'The point is a placeholder.']],
  },
  'dornod-mardai': {
    sources: [src('wikipedia-mardai'), src('site-world-nuclear')],
    owners: [state('MonAtom'), { name: 'Rosatom / ARMZ', country: 'RU', role: 'joint-venture', confidence: 'low' }],
    partners: ['RU'],
    description: 'Uranium district around Mardai (deposits No. 2 and No. 7). A Soviet-run mine worked it from 1988 to 1995 and railed the ore to Krasnokamensk; Khan Resources lost its licences in 2009–10.',
    caveats: [['owners', 'low', 'The size of the Russian stake is not confirmed.']],
  },
  'gurvanbulag-u': {
    sources: [src('site-world-nuclear')],
    owners: [{ ...state('State'), confidence: 'low' }],
    partners: ['RU'],
    description: 'Uranium–molybdenum deposit in Dornod; a soum in Bulgan aimag has the same name.',
    caveats: [['partnerCountries', 'low', 'Russian participation is reported but not confirmed.'], ['location', 'low', 'District-level placeholder.']],
  },
  'kharaat-u': {
    sources: [src('wikipedia-choir-depression'), src('site-uraniumindustry')],
    owners: [{ name: 'Uranium Industry a.s. (through the Gurvan Saihan joint venture)', share: 85, country: 'CZ', role: 'operator' }, state('Mon-Atom', 15)],
    partners: ['EU'],
    description: 'Sandstone uranium found in 1970 in the Choir depression; the 10,386 ha licence lies in Bayanjargalan soum. Uranium Industry a.s. bought 85% of the joint venture from Denison in November 2015, and the Mongolian share is due to rise to 34%.',
    caveats: [['location', 'low', 'The point is a placeholder inside the licence soum.']],
  },
  'nars-u': {
    sources: [r('usgs-major', '382'), src('minmod-ta2')],
    owners: [],
    description: 'Sedimentary uranium in the East Gobi basin.',
  },
  'khukh-del-li': {
    sources: [src('site-mongoliainc'), src('site-khanexpedition')],
    owners: [],
    description: "Said to be Mongolia's largest lithium resource. The deposit type, and whether its grade is stated as Li or Li₂O, are unclear.",
    caveats: [['location', 'low', 'Placed at aimag level. A hill of the same name marks the eastern end of Dundgovi and may be the site, but the link is unproven.']],
  },
  'baavhai-uul-li': {
    sources: [src('minmod-inferlink-baavhai'), src('site-gbreports')],
    owners: [ION],
    description: 'Lithium brine under a dry salt lake in Sükhbaatar aimag, confirmed by drilling in 2021.',
    caveats: [['location', 'low', 'Placed at aimag level; the dataset point (Sükhbaatar town) is a geocoding error.']],
  },
  'urgakh-naran-li': {
    sources: [src('site-vom'), src('site-gbreports')],
    owners: [ION],
    description: 'Dry salt lake in Dornogovi where lithium-bearing brines were found.',
    caveats: [['location', 'low', 'Placed at aimag level.']],
  },
};
