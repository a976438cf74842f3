// A selection of deposits as GeoJSON points or CSV rows, flat enough for QGIS, Excel and uMap.
import Papa from 'papaparse';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Deposit } from '../pack';

export type NameLanguage = 'en' | 'mn' | 'ko';

export interface DepositRow {
  id: string;
  name: string;
  name_en: string;
  name_mn: string;
  name_ko: string;
  lon: number;
  lat: number;
  location_precision_km: number;
  aimag: string;
  commodities: string;
  deposit_type: string;
  status: string;
  strategic: string;
  partners: string;
  owners: string;
  confidence: string;
  sources: string;
}

export function depositRow(d: Deposit, language: NameLanguage): DepositRow {
  return {
    id: d.id,
    name: d.name[language] || d.name.en,
    name_en: d.name.en,
    name_mn: d.name.mn ?? '',
    name_ko: d.name.ko ?? '',
    lon: d.location.lon,
    lat: d.location.lat,
    location_precision_km: d.location.precisionKm,
    aimag: d.aimag,
    commodities: d.commodities.join('; '),
    deposit_type: d.depositType,
    status: d.status,
    strategic: d.strategic,
    partners: d.partnerCountries.join('; '),
    owners: d.owners.map((o) => o.name).join('; '),
    confidence: d.confidence,
    sources: d.sourceIds.join('; '),
  };
}

export function depositsToGeoJson(deposits: readonly Deposit[], language: NameLanguage, name: string): FeatureCollection<Point> & { name: string } {
  return {
    type: 'FeatureCollection',
    name,
    features: deposits.map((d): Feature<Point> => {
      const { lon, lat, ...properties } = depositRow(d, language);
      return { type: 'Feature', id: d.id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties };
    }),
  };
}

/** CSV with a header row; cells that a spreadsheet would run as a formula are escaped. */
export function depositsToCsv(deposits: readonly Deposit[], language: NameLanguage): string {
  return `${Papa.unparse(deposits.map((d) => depositRow(d, language)), { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}
