// The hostile fixtures other features' e2e tests load: up to date with their generator, accepted by
// the importers (so the payloads really reach the screen), and with a payload in every free-text field.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importFile } from '../../shared/interchange';
import { validatePack, type Pack } from '../../shared/pack';
import { readPack } from '../../renderer/features/sync/core/read-pack';
import { buildHostileFixtures } from '../fixtures/hostile/generate';
import { HOSTILE_STRINGS } from '../fixtures/hostile/payloads';
import { hostilePackBody } from '../fixtures/hostile/hostile-pack';

const file = (name: string) => readFileSync(`test/fixtures/hostile/${name}`, 'utf8');

describe('hostile fixtures', () => {
  it('are exactly what test/fixtures/hostile/generate.ts writes (regenerate after changing the payloads)', async () => {
    const built = await buildHostileFixtures();
    for (const [name, text] of Object.entries(built)) expect(file(name), name).toBe(text);
  });

  it('the hostile pack imports (after the unknown-signer confirmation) with a payload in every free-text field', async () => {
    const read = await readPack(file('hostile.pack.json'));
    expect(read.ok ? read.trust.status : read.refusal).toBe('unverified-unknown-signer');
    const base = JSON.parse(readFileSync('test/fixtures/packs/good/small-v1.pack.json', 'utf8')) as Pack;
    const { hostileFields } = hostilePackBody(base);
    expect(hostileFields.length).toBeGreaterThan(150);
    for (const field of [
      'title', 'publisher', 'deposits.0.name.en', 'deposits.0.name.mn', 'deposits.0.name.ko', 'deposits.0.description.en', 'deposits.0.aimag',
      'deposits.0.owners.0.name', 'deposits.0.estimates.0.category', 'facilities.0.name.en', 'corridors.0.name.en', 'corridors.0.notes.en',
      'countries.0.profile.en', 'countries.1.engagements.0.summary.en', 'events.0.title.en', 'events.0.summary.en', 'indicators.0.name.en',
      'indicators.0.unit', 'sources.0.title', 'sources.6.url',
    ])
      expect(hostileFields, field).toContain(field);
    const text = file('hostile.pack.json');
    for (const payload of HOSTILE_STRINGS) expect(text.includes(JSON.stringify(payload).slice(1, -1)), payload).toBe(true);
  });

  it('keeps constrained fields valid: ids, dates, codes and enums hold no payload', () => {
    const pack = JSON.parse(file('hostile.pack.json')) as Pack;
    expect(validatePack(pack).ok).toBe(true);
    for (const d of pack.deposits) expect(d.id).toMatch(/^[a-z0-9-]+$/);
    for (const e of pack.events) expect(e.date).toMatch(/^\d{4}(-\d{2}){0,2}$/);
  });

  it('the hostile KML and GeoJSON import with every name kept as text', () => {
    for (const name of ['hostile.kml', 'hostile.geojson']) {
      const result = importFile(name, new TextEncoder().encode(file(name)));
      if (!result.ok) throw new Error(`${name} refused: ${JSON.stringify(result.problem)}`);
      expect(result.preview.shapes).toHaveLength(HOSTILE_STRINGS.length);
      const names = result.preview.shapes.map((s) => s.name);
      // XML cannot carry most control characters, so the KML copy has them removed.
      const expected = HOSTILE_STRINGS.map((p) => (name.endsWith('.kml') ? p.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '') : p));
      expect(names.map((n) => n.replace(/\s+/g, ' ').trim())).toEqual(expected.map((p) => p.replace(/\s+/g, ' ').trim()));
    }
  });
});
