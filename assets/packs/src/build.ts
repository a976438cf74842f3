// Assembles the bundled pack body from the committed reference CSVs and the authored modules here.
// Node-only (reads files); the result is validated and sealed by `npm run pack -- build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CURRENT_FORMAT_VERSION, PACK_FORMAT, type PackBody } from '../../../shared/pack';
import { buildCorridors } from './corridors';
import { buildCountries } from './countries';
import { parseCsv } from './csv';
import { buildDeposits } from './deposits';
import { buildEvents } from './events';
import { buildFacilities } from './facilities';
import { PACK_HEADER } from './header';
import { buildIndicators } from './indicators';
import { allSources } from './sources';

/** Directory holding the reference CSVs (a copy of the team reference, see reference/SOURCES.md). */
export const REFERENCE_DIR = join(__dirname, 'reference');
export const BUNDLED_PACK_PATH = join(__dirname, '..', 'mongolia-critical-minerals.pack.json');

export function buildPackBody(referenceDir = REFERENCE_DIR): PackBody {
  const table = (name: string) => parseCsv(readFileSync(join(referenceDir, name), 'utf8'));
  const deposits = buildDeposits(table('deposits.csv'), table('estimates.csv'));
  const facilities = buildFacilities(table('nodes.csv'));
  const corridors = buildCorridors(table('corridors.csv'), facilities);
  const countries = buildCountries();
  const events = buildEvents();
  const indicators = buildIndicators();
  return {
    format: PACK_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    ...PACK_HEADER,
    sources: allSources(), // last: collects the dataset records cited above
    countries,
    deposits,
    facilities,
    corridors,
    events,
    indicators,
  };
}
