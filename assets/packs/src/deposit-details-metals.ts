// Deposit details for metals: copper, gold, silver, zinc, iron, phosphate, molybdenum, rare earths, tungsten, tin.
// Descriptions are our own summaries of the facts in reference/deposits.csv.
import { record as r, src } from './sources';
import { state, type DepositDetail } from './deposit-detail-types';

const GK = src('compiler-general-knowledge');

export const METAL_DETAILS: Record<string, DepositDetail> = {
  'oyu-tolgoi': {
    sources: [r('usgs-major', '341'), src('minmod-ta2'), GK],
    owners: [{ name: 'Rio Tinto (via Oyu Tolgoi LLC)', share: 66, role: 'operator' }, state('Erdenes Oyu Tolgoi', 34)],
    description: 'Copper–gold porphyry in the South Gobi, about 80 km from the Chinese border. The open pit has run since 2013 and the underground block cave has produced since 2023.',
  },
  erdenet: {
    sources: [r('usgs-major', '345'), r('usgs-major', '346'), src('minmod-ta2'), GK],
    owners: [{ ...state('Erdenet Mining Corporation (through Erdenes Mongol)'), confidence: 'medium' }],
    description: "Copper–molybdenum porphyry in Orkhon aimag, in production since 1978 and the country's oldest large copper mine. A branch line joins it to the Trans-Mongolian Railway.",
    caveats: [['owners', 'low', 'A former 49% private stake was disputed and taken back; the present split is not confirmed.']],
  },
  'tsagaan-suvarga': {
    sources: [r('usgs-major', '347'), src('mudd-jowitt-copper'), src('site-mak-mn'), src('minmod-ta2')],
    owners: [{ name: 'Mongolyn Alt Corporation (MAK)', country: 'MN', role: 'owner' }],
    description: 'Copper–molybdenum porphyry in Dornogovi beside the Tavan Tolgoi–Zuunbayan railway. Work on its concentrator started in the 2010s and has been delayed many times.',
  },
  boroo: {
    sources: [r('usgs-major', '353'), src('minmod-ta2'), GK],
    owners: [{ name: 'Boroo Gold LLC (Boroo Pte Ltd)', country: 'SG', role: 'owner', confidence: 'medium' }],
    description: 'Gold mine in Selenge that opened in 2004 as the first large hard-rock gold mine run by a foreign company; its mill is also meant to treat Gatsuurt ore.',
    caveats: [['owners', 'medium', 'Centerra is reported to have left Mongolia around 2021; not confirmed.']],
  },
  gatsuurt: {
    sources: [GK],
    owners: [{ name: 'Boroo Gold LLC', country: 'SG', role: 'owner', confidence: 'low' }],
    description: 'Gold deposit in Selenge declared strategic by parliament in 2015, after the 2007 list was drawn up.',
    caveats: [['owners', 'low', 'State participation under the strategic-deposit rules is not confirmed.'], ['location', 'low', 'Estimated position within Mandal soum.']],
  },
  asgat: {
    sources: [r('usgs-major', '376'), src('minmod-ta2')],
    owners: [state('Erdenes MGL (licence passed to a state company in 2008)')],
    description: 'Silver–antimony–copper vein deposit in the Altai of Bayan-Ölgii close to the Russian border; named on the 2007 strategic list.',
  },
  'tumurtiin-ovoo': {
    sources: [src('wikipedia-tomortiin-ovoo'), GK],
    owners: [{ name: 'Tsairt Mineral LLC (joint venture of Metallimpex and China Nonferrous Metal)', role: 'joint-venture' }],
    partners: ['CN'],
    description: 'Zinc skarn about 13 km north of Baruun-Urt, producing since 2005. Its concentrate is trucked to the railhead at Sainshand.',
  },
  tumurtei: {
    sources: [r('usgs-major', '362'), src('minmod-ta2')],
    owners: [{ name: 'State-linked operator (not identified)', country: 'MN', role: 'operator', confidence: 'low' }],
    description: 'Magnetite iron-ore deposit in Selenge on the 2007 strategic list. Output has been on and off.',
    caveats: [['status', 'low', 'Neither the operating status nor the operator has been confirmed.']],
  },
  burenkhaan: {
    sources: [r('usgs-major', '367'), r('usgs-phosphate', '861'), src('minmod-ta2')],
    owners: [{ ...state('State'), confidence: 'low' }],
    description: 'The largest phosphorite deposit of the Cambrian Khövsgöl basin; it has not been mined.',
  },
  'aryn-nuur': {
    sources: [r('usgs-major', '365'), src('minmod-ta2')],
    owners: [],
    description: 'Molybdenum occurrence listed by USGS; nothing is known of its economic potential.',
    caveats: [['aimag', 'low', 'Aimag (Dornod) still to be confirmed.']],
  },
  'khalzan-buregtei': {
    sources: [r('usgs-ree', '200'), r('usgs-major', '366'), src('minmod-ta2')],
    owners: [{ name: 'Mongolian National Rare Earth Corp (MNREC), linked to Trade and Development Bank', country: 'MN', role: 'owner' }],
    description: 'Peralkaline granite in Khovd with rare earths rich in the heavy elements dysprosium and terbium, plus zirconium and niobium. A preliminary economic assessment appeared in 2020, about 20,000 m were drilled in 2024, and the owner is aiming for an oxide plant by 2028.',
  },
  'mushgai-khudag': {
    sources: [r('usgs-carbonatite', '40'), r('usgs-ree', '60'), r('usgs-major', '373'), r('usgs-major', '374'), src('paper-kigam-2011'), src('minmod-ta2')],
    owners: [{ name: 'State (historically)', country: 'MN', role: 'historical', confidence: 'low' }],
    description: 'Carbonatite-related rare-earth deposit in the South Gobi, with strontium, phosphorus and fluorine. The USGS point is used because it falls on the 1:50,000 sheets that mapped the deposit area.',
    caveats: [['location', 'medium', 'A 1995 abstract puts it at 44°10′ N 104°40′ E, about 55 km away and off those map sheets; that point may really describe Khotgor.']],
  },
  'lugiin-gol': {
    sources: [r('usgs-carbonatite', '39'), r('usgs-ree', '50'), r('usgs-major', '372'), src('minmod-ta2')],
    owners: [{ name: 'REO Co Ltd (explored 2005–09)', role: 'historical', confidence: 'low' }],
    description: 'Carbonatite rich in bastnäsite, about 20 km from the Chinese border, drilled to roughly 1,000 m.',
    caveats: [['owners', 'low', 'The current licence holder is not known.']],
  },
  'khotgor-ree': {
    sources: [src('site-temarise'), src('site-marketscreener'), src('site-miningnews')],
    owners: [{ name: 'Temarise', role: 'owner' }],
    description: 'Rare earths in nepheline syenite (britholite and apatite), given as about 65 km north of Dalanzadgad and 530 km south-south-west of Ulaanbaatar. Temarise bought the project from Parabellum Resources in February 2024 for US$15 million; licence MV-015631 runs from 2010 to 2040. Not the Khotgor coal mine in Uvs.',
    caveats: [['location', 'low', 'Placed from a stated distance; the bearing (due north of Dalanzadgad) is assumed.']],
  },
  'ulaan-tolgoi-uvs': {
    sources: [r('usgs-ree', '262'), r('usgs-major', '388'), src('minmod-ta2')],
    owners: [],
    description: 'Tantalum–niobium–zirconium–rare-earth deposit in a peralkaline granite of the Mongolian Altai; two USGS records about 7 km apart describe it.',
  },
  'khan-bogd-ree': {
    sources: [r('usgs-ree', '201'), src('minmod-ta2')],
    owners: [],
    primaryGroup: 'ree',
    description: 'One of the largest peralkaline granite plutons known, about 35 km east of Oyu Tolgoi, carrying zirconium, rare earths and niobium.',
  },
  'tsagaan-davaa': {
    sources: [r('gsc-snw', '538'), r('usgs-major', '381'), src('minmod-ta2')],
    owners: [],
    description: 'Tungsten–molybdenum vein deposit about 80 km west of Ulaanbaatar; the Canadian and US records agree to within 3 km.',
    caveats: [['status', 'medium', 'Exploration status not confirmed.']],
  },
  yugodzyr: {
    sources: [r('gsc-snw', '542'), src('minmod-ta2')],
    owners: [],
    description: 'Tungsten–tin prospect in Sükhbaatar aimag.',
    caveats: [['location', 'low', 'Given to 0.1°; it may mark a soum centre rather than the deposit.'], ['commodities', 'low', 'The metal mix is not confirmed.']],
  },
  ondortsagaan: {
    sources: [r('gsc-snw', '523'), r('usgs-major', '380'), src('minmod-ta2')],
    owners: [],
    description: 'Tungsten–molybdenum deposit beside Mönggön Öndör in Khentii.',
  },
  'mungun-undur': {
    sources: [r('gsc-snw', '522'), r('usgs-major', '375'), r('usgs-major', '387'), src('minmod-ta2')],
    owners: [],
    description: 'Tin–silver–base-metal vein system in central Khentii.',
  },
  burentsogt: {
    sources: [r('gsc-snw', '526'), src('minmod-ta2')],
    owners: [],
    description: "Tungsten vein prospect in the country's south-eastern tungsten belt.",
    caveats: [['aimag', 'low', 'Aimag (Sükhbaatar) and status are not confirmed.']],
  },
  'ulaan-uul-w': {
    sources: [r('gsc-snw', '520'), r('gsc-snw', '519'), src('minmod-ta2')],
    owners: [],
    description: 'Tungsten occurrence in western Mongolia; the Tsunkheg tungsten occurrence lies about 15 km to the west.',
  },
  janchivlan: {
    sources: [r('gsc-snw', '527'), src('minmod-ta2')],
    owners: [],
    description: 'Tin in a lithium–fluorine rare-metal granite about 70 km south-east of Ulaanbaatar.',
  },
  modot: {
    sources: [r('gsc-snw', '531'), src('minmod-ta2')],
    owners: [],
    description: 'Tin district in western Khentii.',
    caveats: [['status', 'low', 'Placer and vein tin mining in Soviet times is reported but not confirmed.']],
  },
  'baga-gazriin-chuluu': {
    sources: [r('gsc-snw', '525'), src('minmod-ta2')],
    owners: [],
    description: 'Tin with some tungsten in a Mesozoic granite massif in Dundgovi.',
  },
  'ongon-khairkhan': {
    sources: [r('gsc-snw', '534'), src('minmod-ta2')],
    owners: [],
    description: 'The place that gave ongonite (a lithium–fluorine topaz rhyolite) its name; an example of lithium tied to rare-metal granites, with tin, tungsten and tantalum.',
    caveats: [['aimag', 'low', 'Whether it lies in Dundgovi or Töv is not confirmed.']],
  },
};
