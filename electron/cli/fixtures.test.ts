// Every fixture in test/fixtures/packs fails (or passes) with the message recorded in bad/expected.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPacks, problemToString, PublicKeyFileSchema, validatePack, verifyPack, type Pack } from '../../shared/pack';
import { CliError, readJsonFile } from './pack-files';

const DIR = resolve(__dirname, '../../test/fixtures/packs');
const expected = JSON.parse(readFileSync(join(DIR, 'bad/expected.json'), 'utf8')) as Record<string, { check: string; messages: string[] }>;
const dev = PublicKeyFileSchema.parse(JSON.parse(readFileSync(resolve(__dirname, '../../test/fixtures/keys/dev-ed25519.pub.json'), 'utf8')));
const devKeys = { [dev.keyId]: { label: dev.label, publicKey: dev.publicKey } };
const load = (name: string) => {
  const r = validatePack(readJsonFile(join(DIR, name)));
  if (!r.ok) throw new Error(r.problems.map(problemToString).join('\n'));
  return r.pack;
};

describe('fixture packs', () => {
  it('lists an expectation for every bad fixture', () => {
    expect(readdirSync(join(DIR, 'bad')).filter((f) => f !== 'expected.json').sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [name, { check, messages }] of Object.entries(expected)) {
    it(`bad/${name} fails ${check} with the expected message`, async () => {
      const path = join(DIR, 'bad', name);
      if (check === 'read') {
        expect(() => readJsonFile(path)).toThrow(CliError);
        expect(() => readJsonFile(path)).toThrow(messages[0]);
        return;
      }
      const r = validatePack(readJsonFile(path));
      if (check === 'validate') {
        expect(r.ok).toBe(false);
        const lines = r.ok ? [] : r.problems.map(problemToString);
        for (const m of messages) expect(lines.some((l) => l.startsWith(m)), `${m}\n in:\n${lines.join('\n')}`).toBe(true);
      } else {
        expect(r.ok).toBe(true);
        expect((await verifyPack((r as { pack: Pack }).pack, devKeys)).status).toBe(messages[0]);
      }
    });
  }

  it('good/small-v1 and good/small-v2 are valid, dev-signed, and one version apart', async () => {
    const [v1, v2] = [load('good/small-v1.pack.json'), load('good/small-v2.pack.json')];
    expect((await verifyPack(v1, devKeys)).status).toBe('verified');
    expect((await verifyPack(v2, devKeys)).status).toBe('verified');
    expect(v2.version).toBe(v1.version + 1);
    const d = diffPacks(v1, v2).collections.deposits;
    expect([d.added.map((a) => a.id), d.removed.map((r) => r.id), d.changed.map((c) => c.id)]).toEqual([['lugiin-gol'], ['khotgor-ree'], ['zuuvch-ovoo']]);
  });
});
