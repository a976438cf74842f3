export interface CountryLabelEntry {
  code: string;
  at: [number, number];
  rank: number;
  en: string;
  ko: string;
  mn: string;
  local: string;
  script: string;
}
export const COUNTRY_LABELS: CountryLabelEntry[];
