// Strings of the sync feature, one catalogue per language (strings/en.ts, ko.ts, mn.ts).
import { en } from './strings/en';
import { ko } from './strings/ko';
import { mn } from './strings/mn';

export type { SyncStrings } from './strings/en';
export const syncStrings = { en, ko, mn };
