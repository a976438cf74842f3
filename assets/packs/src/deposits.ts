// Deposits from reference/deposits.csv + estimates.csv, merged with the hand-written details.
import type { Caveat, Deposit, Estimate } from '../../../shared/pack';
import { ENERGY_DETAILS } from './deposit-details-energy';
import { METAL_DETAILS } from './deposit-details-metals';
import type { DepositDetail } from './deposit-detail-types';
import { DEPOSIT_DESCRIPTIONS_KO } from './deposit-descriptions-ko';
import { DEPOSIT_DESCRIPTIONS_MN } from './deposit-descriptions-mn';
import { DEPOSIT_NAMES_KO } from './names-ko-mn';
import { citeIds, src } from './sources';

type Row = Record<string, string>;

/** Korean spellings attested in stored Korean sources (reference/SOURCES.md); the rest are unchecked. */
export const ATTESTED_KO = new Set(['타반톨고이', '무쉬가이 후닥']);
export const KO_CAVEAT = 'Korean spelling follows usual press transliteration and has not yet been checked by a Korean reader.';

const COMMODITY_NAMES: Record<string, string> = { coal: 'Coal', fluorspar: 'Fluorspar' };

function classify(category: string): Estimate['classification'] {
  const c = category.toLowerCase();
  if (c.includes('resources incl')) return 'resource-incl-reserve';
  if (c.includes('reserve')) return 'reserve';
  if (c.includes('resource')) return 'resource';
  return 'unstated';
}

const ESTIMATE_NOTES: Record<string, string> = {
  'oyu-tolgoi': 'Grade-tonnage figures from a 2010 compilation; the 2020 JORC release states grades without tonnage.',
  'zuuvch-ovoo': 'A 2024 interview gives 93,291 t; the state-register figure is used.',
  'khukh-del-li': 'The source does not say whether the grade is Li or Li₂O.',
  'tavan-tolgoi': 'No category or date is given for the whole-field figure.',
  'mushgai-khudag': 'A tentative evaluation from a 1995 abstract.',
};

/** `{ [key]: text }` when there is a text, else nothing (the pack schema rejects empty strings). */
export function optional<K extends string>(key: K, text: string | undefined): Partial<Record<K, string>> {
  return text ? ({ [key]: text } as Record<K, string>) : {};
}

function toEstimates(depositId: string, rows: Row[]): Estimate[] {
  return rows.map((row, i): Estimate => {
    const num = (k: string) => (row[k] === '' ? undefined : Number(row[k]));
    const tonnage = num('tonnage_mt');
    const grade = num('grade');
    const contained = num('contained');
    const note = ESTIMATE_NOTES[depositId];
    return {
      id: `${depositId}-${i + 1}`,
      category: row.category,
      classification: classify(row.category),
      code: row.code as Estimate['code'],
      ...(tonnage === undefined ? {} : { tonnage: { value: tonnage, unit: 'Mt' } }),
      ...(grade === undefined ? {} : { grade: { value: grade, unit: row.grade_unit } }),
      ...(contained === undefined ? {} : { contained: { value: contained, unit: row.contained_unit } }),
      ...(row.as_of ? { asOf: row.as_of } : {}),
      confidence: row.confidence as Estimate['confidence'],
      ...(note ? { note: { en: note } } : {}),
      sourceIds: citeIds(row.source),
    };
  });
}

export function buildDeposits(depositRows: Row[], estimateRows: Row[]): Deposit[] {
  const details: Record<string, DepositDetail> = { ...METAL_DETAILS, ...ENERGY_DETAILS };
  return depositRows.map((row): Deposit => {
    const detail = details[row.id];
    if (!detail) throw new Error(`no details written for deposit ${row.id}`);
    const caveats: Caveat[] = (detail.caveats ?? []).map(([field, confidence, note]) => ({ field, confidence, note: { en: note } }));
    const nameKo = row.name_ko || DEPOSIT_NAMES_KO[row.id];
    if (nameKo && !ATTESTED_KO.has(nameKo)) caveats.push({ field: 'name.ko', confidence: 'medium', note: { en: KO_CAVEAT } });
    const strategicSource = row.strategic === 'yes' && row.id !== 'gatsuurt' ? [src('parliament-resolution-27-2007')] : [];
    const confidence = row.confidence as Deposit['confidence'];
    return {
      id: row.id,
      name: { en: row.name_en, ...(row.name_mn ? { mn: row.name_mn } : {}), ...(nameKo ? { ko: nameKo } : {}) },
      location: { lat: Number(row.lat), lon: Number(row.lon), precisionKm: Number(row.coord_precision_km), confidence },
      aimag: row.aimag.replace(/\s*\(verify\)$/, ''),
      commodities: row.commodities.split(';').map((c) => COMMODITY_NAMES[c] ?? c),
      ...(detail.primaryGroup ? { primaryGroup: detail.primaryGroup } : {}),
      depositType: row.deposit_type,
      status: row.status as Deposit['status'],
      owners: detail.owners,
      partnerCountries: detail.partners ?? [],
      strategic: row.strategic as Deposit['strategic'],
      estimates: toEstimates(row.id, estimateRows.filter((e) => e.deposit_id === row.id)),
      confidence,
      description: { en: detail.description, ...optional('ko', DEPOSIT_DESCRIPTIONS_KO[row.id]), ...optional('mn', DEPOSIT_DESCRIPTIONS_MN[row.id]) },
      ...(caveats.length > 0 ? { caveats } : {}),
      sourceIds: [...new Set([...detail.sources.map(src), ...strategicSource])],
    };
  });
}
