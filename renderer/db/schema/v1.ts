// Database version 1: pack content, pack history and user data, each in its own tables.
// Index strings follow Dexie: first = primary key, `*` = multi-entry, `&` = unique.
import type { Dexie } from 'dexie';

export const V1_STORES = {
  // Pack content, exactly as typed in shared/pack. Replaced wholesale by every apply.
  deposits: 'id, status, aimag, primaryGroup, strategic, confidence, *commodities, *partnerCountries',
  facilities: 'id, kind, country, *depositIds',
  corridors: 'id, mode, status, *transitCountries, *nodeIds',
  countries: 'code, *roles',
  events: 'id, date, kind, *countryCodes, *depositIds',
  indicators: 'id, period, *countryCodes',
  sources: 'id, kind',
  // Pack history and the compressed body of every applied pack (for rollback).
  packHistory: '++seq, packId, version, appliedAt, checksum',
  packBodies: 'checksum',
  // User data: never touched by a pack apply except to flag orphans.
  annotations: 'id, updatedAt, depositId',
  drawingLayers: 'id, updatedAt',
  drawings: 'id, updatedAt, layerId, depositId',
  decks: 'id, updatedAt, *depositIds',
  settings: 'id',
} as const;

export function declareV1(db: Dexie): void {
  db.version(1).stores(V1_STORES);
}
