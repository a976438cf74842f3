export interface AimagEntry {
  id: string;
  en: string;
  mn: string;
  ko: string;
  aliases: string[];
  centre: [number, number];
  label?: [number, number];
}
export const AIMAGS: AimagEntry[];
export const COUNTRY_NUMERIC: Record<string, string>;
export const EU_MEMBERS: string[];
