// The keys that may sign data packs are pinned in the build, and nothing a pack, the renderer or the
// IPC bridge can say makes a pack "verified" without a signature by one of them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { invokeSchemas } from '../../shared/ipc';
import {
  computeChecksum, generateKeyPair, importPrivateKey, keyIdFor, sealPack, signPack, TRUSTED_KEYS, validatePack, verifyPack,
  type Pack,
} from '../../shared/pack';
import { readPack } from '../../renderer/features/sync/core/read-pack';

const pinned = JSON.parse(readFileSync('test/security/pinned-keys.json', 'utf8')) as { keys: Record<string, string>; bundledPackSigner: string };
const devKey = JSON.parse(readFileSync('test/fixtures/keys/dev-ed25519.pub.json', 'utf8')) as { keyId: string; publicKey: string };
const bundledText = readFileSync('assets/packs/mongolia-critical-minerals.pack.json', 'utf8');
const bundled = JSON.parse(bundledText) as Pack;

async function attacker() {
  const pair = await generateKeyPair('Attacker');
  return { keyId: pair.publicKey.keyId, publicKey: pair.publicKey.publicKey, privateKey: await importPrivateKey(pair.privateKey) };
}

describe('pinned signing keys', () => {
  it('trusts exactly the pinned keys, each under the id derived from the key itself', async () => {
    expect(Object.fromEntries(Object.entries(TRUSTED_KEYS).map(([id, k]) => [id, k.publicKey]))).toEqual(pinned.keys);
    for (const [id, key] of Object.entries(TRUSTED_KEYS)) expect(await keyIdFor(key.publicKey)).toBe(id);
    expect(Object.keys(TRUSTED_KEYS)).not.toContain(devKey.keyId);
    expect(Object.values(TRUSTED_KEYS).map((k) => k.publicKey)).not.toContain(devKey.publicKey);
  });

  it('cannot be changed at run time: no key can be added, swapped or relabelled', () => {
    const keys = TRUSTED_KEYS as Record<string, { label: string; publicKey: string }>;
    const id = Object.keys(keys)[0];
    expect(() => {
      keys['ed25519-attacker'] = { label: 'Attacker', publicKey: devKey.publicKey };
    }).toThrow(TypeError);
    expect(() => {
      keys[id].publicKey = devKey.publicKey;
    }).toThrow(TypeError);
    expect(() => delete keys[id]).toThrow(TypeError);
    expect(Object.keys(TRUSTED_KEYS)).toEqual(Object.keys(pinned.keys));
  });

  it('verifies the bundled pack with the pinned release key', async () => {
    expect(bundled.signature?.keyId).toBe(pinned.bundledPackSigner);
    const read = await readPack(bundledText);
    expect(read.ok && read.trust.status).toBe('verified');
  });
});

describe('signature checks cannot be talked around', () => {
  it('a pack re-signed by another key under the release key id is refused as a bad signature', async () => {
    const evil = await attacker();
    const forged = await signPack({ ...bundled, title: 'Forged' }, evil.privateKey, pinned.bundledPackSigner);
    const read = await readPack(JSON.stringify(forged));
    expect(read.ok ? read.trust.status : read.refusal.code).toBe('bad-signature');
  });

  it('the release signature copied onto changed content is refused', async () => {
    const changed = await sealPack({ ...bundled, title: 'Changed' });
    const read = await readPack(JSON.stringify({ ...changed, signature: bundled.signature }));
    expect(read.ok ? read.trust.status : read.refusal.code).toBe('bad-signature');
    const unsealed = await readPack(JSON.stringify({ ...bundled, title: 'Changed' }));
    expect(unsealed.ok ? unsealed.trust.status : unsealed.refusal.code).toBe('bad-checksum');
  });

  it('a pack cannot bring its own key or declare itself trusted', async () => {
    const evil = await attacker();
    const signed = await signPack({ ...bundled, title: 'Self-trusting' }, evil.privateKey, evil.keyId);
    for (const claim of [
      { signature: { ...signed.signature!, publicKey: evil.publicKey } },
      { trusted: true },
      { verified: true },
      { trustedKeys: { [evil.keyId]: { label: 'Me', publicKey: evil.publicKey } } },
    ]) {
      const read = await readPack(JSON.stringify({ ...signed, ...claim }));
      expect(read.ok ? read.trust.status : read.refusal.code).toBe('invalid');
    }
    const plain = await readPack(JSON.stringify(signed));
    expect(plain.ok && plain.trust.status).toBe('unverified-unknown-signer');
  });

  it('polluting Object.prototype with a key id does not make that key trusted', async () => {
    const evil = await attacker();
    const signed = await signPack({ ...bundled, title: 'Polluted' }, evil.privateKey, evil.keyId);
    const proto = Object.prototype as Record<string, unknown>;
    proto[evil.keyId] = { label: 'Injected', publicKey: evil.publicKey };
    try {
      expect((await verifyPack(signed, TRUSTED_KEYS)).status).toBe('unverified-unknown-signer');
    } finally {
      delete proto[evil.keyId];
    }
    for (const keyId of ['__proto__', 'constructor', 'toString', 'valueOf']) {
      const renamed = { ...signed, signature: { ...signed.signature!, keyId } };
      expect((await verifyPack(renamed, TRUSTED_KEYS)).status).toBe('unverified-unknown-signer');
    }
  });

  it('a "__proto__" member in a pack file is refused and pollutes nothing', async () => {
    const text = bundledText.replace('{', '{"__proto__": {"polluted": true, "trusted": true},');
    const read = await readPack(text);
    expect(read.ok ? read.trust.status : read.refusal.code).toBe('invalid');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(validatePack(JSON.parse(text)).ok).toBe(false);
  });

  it('the checksum covers everything but itself and the signature, so no field escapes it', async () => {
    const sum = await computeChecksum(bundled);
    expect(sum).toBe(bundled.checksum);
    for (const key of Object.keys(bundled).filter((k) => k !== 'checksum' && k !== 'signature')) {
      const copy = { ...bundled } as Record<string, unknown>;
      delete copy[key];
      expect(await computeChecksum(copy as Pack), key).not.toBe(sum);
    }
  });

  it('the renderer has no IPC channel that touches keys, signatures or trust', () => {
    const channels = Object.keys(invokeSchemas);
    expect(channels.length).toBeGreaterThan(0);
    expect(channels.filter((c) => /key|trust|sign|verif|pack/i.test(c))).toEqual([]);
    const preload = readFileSync('electron/preload.ts', 'utf8');
    expect(preload).not.toMatch(/TRUSTED_KEYS|trusted-keys|verifyPack/);
  });
});
