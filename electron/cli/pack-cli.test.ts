// End-to-end tests of `npx tsx electron/cli/pack.ts …` against real files.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const BUNDLED = join(ROOT, 'assets/packs/mongolia-critical-minerals.pack.json');
const GOOD = join(ROOT, 'test/fixtures/packs/good');
const DEV_PUB = join(ROOT, 'test/fixtures/keys/dev-ed25519.pub.json');
const DEV_KEY = join(ROOT, 'test/fixtures/keys/dev-ed25519.key');
const tmp = mkdtempSync(join(tmpdir(), 'pack-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The child must not look like a vitest worker, or pack.ts will not start. */
const childEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'VITEST'));

function cli(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync('npx', ['--no-install', 'tsx', 'electron/cli/pack.ts', ...args], { cwd: ROOT, env: childEnv, encoding: 'utf8', timeout: 60_000 });
  const err = r.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn')).join('\n');
  return { code: r.status ?? -1, out: r.stdout.trim(), err };
}

describe('pack CLI', { timeout: 60_000 }, () => {
  it('validates the bundled pack', () => {
    const r = cli('validate', BUNDLED);
    expect(r).toMatchObject({ code: 0, err: '' });
    const { version } = JSON.parse(readFileSync(BUNDLED, 'utf8')) as { version: number };
    expect(r.out).toMatch(new RegExp(`^OK: .* version ${version} \\(49 deposits, 29 corridors\\)$`));
  });

  it('prints one line per problem and exits 1 for an invalid pack', () => {
    const r = cli('validate', join(ROOT, 'test/fixtures/packs/bad/bad-coordinates.json'));
    expect(r.code).toBe(1);
    const lines = r.err.split('\n');
    expect(lines).toContain(`${join(ROOT, 'test/fixtures/packs/bad/bad-coordinates.json')}: deposits[0].location.lat: 95 is not a latitude (−90…90)`);
    expect(lines.at(-1)).toMatch(/^error: .* is not a valid data pack \(3 problems\)$/);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('gives one-line errors for a missing file, non-JSON, an oversized file and a wrong format version', () => {
    expect(cli('validate', join(tmp, 'nope.json'))).toMatchObject({ code: 1, err: `error: ${join(tmp, 'nope.json')}: no such file` });
    const notJson = cli('validate', join(ROOT, 'test/fixtures/packs/bad/not-json.json'));
    expect(notJson.code).toBe(1);
    expect(notJson.err).toMatch(/^error: .*not-json\.json is not valid JSON \(.*\)$/);
    const big = join(tmp, 'big.json');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 101 * 1024 * 1024); // sparse: costs no disk
    closeSync(fd);
    expect(cli('validate', big).err).toBe(`error: ${big} is 101.0 MB, over the 100 MB limit for a data pack`);
    const v = cli('validate', join(ROOT, 'test/fixtures/packs/bad/wrong-format-version.json'));
    expect(v.code).toBe(1);
    expect(v.err).toContain('formatVersion: the pack is format version 2, but this app reads format version 1');
  });

  it('rejects 50 MB of junk as not JSON, quickly and in one line', () => {
    const junk = join(tmp, 'junk.json');
    const block = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < block.length; i++) block[i] = (i * 7919) % 251;
    writeFileSync(junk, Buffer.concat(Array.from({ length: 50 }, () => block)));
    expect(statSync(junk).size).toBe(50 * 1024 * 1024);
    const r = cli('validate', junk);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/is not valid JSON/);
  });

  it('prints stats with missing translations and low-confidence counts', () => {
    const r = cli('stats', BUNDLED);
    expect(r.code).toBe(0);
    expect(r.out).toContain('deposits by status: producing 16');
    expect(r.out).toMatch(/low confidence: 19 deposits/);
    expect(r.out).toMatch(/missing Korean \(ko\): 0 deposit names, 0 facility names, 0 country names, 0 deposit descriptions/);
    expect(JSON.parse(cli('stats', BUNDLED, '--json').out).counts.deposits).toBe(49);
  });

  it('diffs the good fixtures in text and JSON', () => {
    const [a, b] = [join(GOOD, 'small-v1.pack.json'), join(GOOD, 'small-v2.pack.json')];
    const text = cli('diff', a, b);
    expect(text.code).toBe(0);
    expect(text.out).toContain('deposits: 1 added, 1 removed, 1 changed');
    expect(text.out).toContain('      status: "development" → "construction"');
    const json = JSON.parse(cli('diff', a, b, '--json').out);
    expect(json.collections.deposits.added[0].id).toBe('lugiin-gol');
    expect(json.collections.deposits.removed[0].id).toBe('khotgor-ree');
  });

  it('verifies with the pinned key, or with --pubkey, and exits 3 for an unknown signer', () => {
    expect(cli('verify', BUNDLED)).toMatchObject({ code: 0, out: 'verified: Signed by Steppe Atlas release key (2026).' });
    const unknown = cli('verify', join(GOOD, 'small-v1.pack.json'));
    expect(unknown.code).toBe(3);
    expect(unknown.err).toMatch(/^unverified-unknown-signer:/);
    expect(cli('verify', join(GOOD, 'small-v1.pack.json'), '--pubkey', DEV_PUB).code).toBe(0);
    expect(cli('verify', join(ROOT, 'test/fixtures/packs/bad/tampered-checksum.json'), '--pubkey', DEV_PUB)).toMatchObject({ code: 1 });
    expect(cli('verify', join(ROOT, 'test/fixtures/packs/bad/bad-signature.json'), '--pubkey', DEV_PUB).err).toMatch(/^bad-signature:/);
  });

  it('makes keys, signs atomically and verifies with the new key', () => {
    const keys = join(tmp, 'keys');
    expect(cli('keygen', '--out', keys, '--name', 'ci', '--label', 'CI key').code).toBe(0);
    expect(statSync(join(keys, 'ci-ed25519.key')).mode & 0o777).toBe(0o600);
    const file = join(tmp, 'signed.json');
    copyFileSync(join(GOOD, 'small-v1.pack.json'), file);
    const s = cli('sign', file, '--key', join(keys, 'ci-ed25519.key'));
    expect(s.code).toBe(0);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(cli('verify', file, '--pubkey', join(keys, 'ci-ed25519.pub.json')).code).toBe(0);
    expect(cli('verify', file, '--pubkey', DEV_PUB).err).toMatch(/^unverified-unknown-signer/);
    expect(cli('sign', file, '--key', DEV_PUB).err).toMatch(/^error: .* is not a Steppe Atlas private key file/);
    expect(cli('sign', file, '--key', DEV_KEY, '--out', join(tmp, 'dev-signed.json')).code).toBe(0);
  });

  it('rebuilds exactly the committed pack from assets/packs/src', () => {
    const out = join(tmp, 'rebuilt.json');
    expect(cli('build', '--out', out).code).toBe(0);
    const rebuilt = JSON.parse(readFileSync(out, 'utf8'));
    const committed = JSON.parse(readFileSync(BUNDLED, 'utf8'));
    expect(rebuilt.checksum).toBe(committed.checksum);
  });

  it('explains usage errors', () => {
    expect(cli('frobnicate')).toMatchObject({ code: 2 });
    expect(cli('sign', BUNDLED).err).toBe('error: sign needs --key PRIVATE_KEY_FILE');
  });
});
