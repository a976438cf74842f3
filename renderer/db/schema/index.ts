// Every database version, oldest first. Add a version: a new file vN.ts with its stores and upgrade, then list it here.
import type { Dexie } from 'dexie';
import { declareV1 } from './v1';

export const DB_VERSION = 1;

export function declareSchema(db: Dexie): void {
  declareV1(db);
}
