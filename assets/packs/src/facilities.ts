// Facilities from reference/nodes.csv, plus the Korea–Mongolia rare metals centre (from the seeds).
import type { Caveat, Facility, LocalizedName } from '../../../shared/pack';
import { ATTESTED_KO, KO_CAVEAT } from './deposits';
import { FACILITY_NAMES_KO, FACILITY_NAMES_MN } from './names-ko-mn';
import { citeIds, src } from './sources';

type Row = Record<string, string>;

const LOCAL_LANGUAGE: Record<string, keyof LocalizedName> = { MN: 'mn', RU: 'ru', CN: 'zh', JP: 'ja', KR: 'ko' };

/** Mine sites and railheads that serve a deposit directly. */
const SERVES: Record<string, string[]> = {
  'tavan-tolgoi-mine': ['tavan-tolgoi'], 'tavan-tolgoi-station': ['tavan-tolgoi', 'tt-east-tsankhi', 'tt-west-tsankhi', 'tt-central-block', 'ukhaa-khudag'],
  'oyu-tolgoi-mine': ['oyu-tolgoi'], 'nariin-sukhait-mine': ['nariin-sukhait'], 'bor-undur': ['bor-undur'], erdenet: ['erdenet'], baganuur: ['baganuur'],
};

/** Infobox citations in nodes.csv that name no article. */
const WIKI: Record<string, string[]> = { 'tavan-tolgoi-mine': ['wikipedia-tavan-tolgoi'], 'nariin-sukhait-mine': ['wikipedia-nariin-sukhait'] };

/** Turns the reference's terse notes into plain sentences. */
function tidy(note: string): string {
  const s = note.replace(/~/g, 'about ').replace(/\s*\(verify\)/g, ' (unconfirmed)').replace(/ - verify/g, ' (unconfirmed)').trim();
  return s.endsWith('.') ? s : `${s}.`;
}

function kindOf(row: Row): Facility['kind'] {
  if (row.id.endsWith('-mine')) return 'mine-site';
  return row.kind === 'research-center' ? 'research-centre' : (row.kind as Facility['kind']);
}

export function buildFacilities(rows: Row[]): Facility[] {
  const facilities = rows.map((row): Facility => {
    const lang = LOCAL_LANGUAGE[row.country] ?? 'local';
    const name: LocalizedName = { en: row.name_en };
    if (row.name_local) (name as Record<string, string>)[lang] = row.name_local;
    if (row.name_ko) name.ko = row.name_ko;
    if (!name.mn && FACILITY_NAMES_MN[row.id]) name.mn = FACILITY_NAMES_MN[row.id];
    const caveats: Caveat[] = [];
    if (row.name_ko && row.country !== 'KR' && !ATTESTED_KO.has(row.name_ko)) caveats.push({ field: 'name.ko', confidence: 'medium', note: { en: KO_CAVEAT } });
    const estimated = /position estimated|estimated\)/.test(row.source);
    return {
      id: row.id,
      kind: kindOf(row),
      country: row.country,
      name,
      location: {
        lat: Number(row.lat), lon: Number(row.lon), precisionKm: Number(row.coord_precision_km), confidence: row.confidence as Facility['location']['confidence'],
        ...(estimated ? { note: { en: 'Position estimated; no second source with coordinates was found.' } } : {}),
      },
      ...(SERVES[row.id] ? { depositIds: SERVES[row.id] } : {}),
      ...(row.notes ? { note: { en: tidy(row.notes) } } : {}),
      ...(caveats.length > 0 ? { caveats } : {}),
      sourceIds: citeIds(row.source, ...(WIKI[row.id] ?? [])),
    };
  });
  const must = facilities.find((f) => f.id === 'must');
  if (!must) throw new Error('nodes.csv lost the MUST row');
  facilities.push({
    id: 'kr-mn-rare-metals-centre',
    kind: 'research-centre',
    country: 'MN',
    name: { en: 'Korea–Mongolia Rare Metals Cooperation Centre (MUST)', ko: FACILITY_NAMES_KO['kr-mn-rare-metals-centre'], mn: FACILITY_NAMES_MN['kr-mn-rare-metals-centre'] },
    location: { ...must.location, note: { en: 'Inside the MUST campus; placed at the university.' } },
    note: { en: 'Korean ODA-funded centre opened in December 2025 for research and training in processing tungsten, molybdenum, lithium and rare earths.' },
    sourceIds: [src('art-reex-2025-12-11'), src('art-rare-earths-alliance-2025-09-22')],
  });
  return facilities;
}
