// Every database version, oldest first. Add a version: a new file vN.ts with its stores and upgrade, a fixture
// database written by version N-1 in ./fixtures, a test that opens it; then list it here and bump DB_VERSION.
import type { Dexie } from 'dexie';
import { declareV1 } from './v1';
import { declareV2 } from './v2';
import { declareV3 } from './v3';

export const DB_VERSION = 3;

export function declareSchema(db: Dexie): void {
  declareV1(db);
  declareV2(db);
  declareV3(db);
}
