import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';
import { canonicalJson } from './canonical';
import { computeChecksum, signPack, verifyPack } from './integrity';
import { generateKeyPair, importPrivateKey, keyIdFor } from './keys';
import { mutable, tinyBody, tinyPack } from './test-pack.test-support';
import { TRUSTED_KEYS } from './trusted-keys';
import type { Pack } from './schema/pack';

describe('canonicalJson', () => {
  it('sorts keys recursively and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });
  it('does not depend on key order, and round-trips through JSON.parse', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      const text = canonicalJson(v);
      expect(canonicalJson(JSON.parse(text))).toBe(text);
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        const reversed = Object.fromEntries(Object.entries(v).reverse());
        expect(canonicalJson(reversed)).toBe(text);
      }
    }));
  });
  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/not a JSON number/);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => canonicalJson(loop)).toThrow(/cycle/);
  });
});

describe('base64', () => {
  it('round-trips any bytes and matches the platform encoder', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      const text = bytesToBase64(bytes);
      expect(text).toBe(btoa(String.fromCharCode(...bytes)));
      expect([...base64ToBytes(text)]).toEqual([...bytes]);
    }));
  });
});

describe('checksum and signature', () => {
  it('checksums the body only, independent of key order and of checksum/signature fields', async () => {
    const pack = await tinyPack();
    const shuffled = Object.fromEntries(Object.entries(pack).reverse()) as Pack;
    expect(await computeChecksum(shuffled)).toBe(pack.checksum);
    expect(pack.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives each status: verified, unknown signer, unsigned, bad signature, bad checksum', async () => {
    const { privateKey, publicKey } = await generateKeyPair('Test key');
    expect(publicKey.keyId).toBe(await keyIdFor(publicKey.publicKey));
    const signed = await signPack(tinyBody(), await importPrivateKey(privateKey), privateKey.keyId);
    const trusted = { [publicKey.keyId]: { label: 'Test key', publicKey: publicKey.publicKey } };

    expect(await verifyPack(signed, trusted)).toMatchObject({ status: 'verified', keyId: publicKey.keyId, label: 'Test key' });
    expect(await verifyPack(signed, TRUSTED_KEYS)).toMatchObject({ status: 'unverified-unknown-signer', keyId: publicKey.keyId });
    expect((await verifyPack(await tinyPack(), trusted)).status).toBe('unsigned');

    const other = await generateKeyPair('Other');
    const forged = { ...signed, signature: { ...signed.signature!, value: (await signPack(tinyBody(), await importPrivateKey(other.privateKey), 'x')).signature!.value } };
    expect((await verifyPack(forged, trusted)).status).toBe('bad-signature');
    expect((await verifyPack({ ...signed, signature: { ...signed.signature!, value: 'AAAA' } }, trusted)).status).toBe('bad-signature');

    const tampered = mutable(signed);
    tampered.deposits[0].status = 'closed';
    expect((await verifyPack(tampered as Pack, trusted)).status).toBe('bad-checksum');
  });

  it('pins the release key and not the dev key', () => {
    expect(Object.keys(TRUSTED_KEYS)).toEqual(['ed25519-5c6a722e40f05138']);
    expect(base64ToBytes(TRUSTED_KEYS['ed25519-5c6a722e40f05138'].publicKey)).toHaveLength(32);
  });
});
