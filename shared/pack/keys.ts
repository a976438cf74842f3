// Ed25519 keys with WebCrypto (crypto.subtle), identical in Node 20, Chromium and workers.
import { z } from 'zod';
import { base64ToBytes, bytesToBase64, bytesToHex } from './base64';

const ED25519 = { name: 'Ed25519' } as const;
const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return bytesToHex(new Uint8Array(await subtle().digest('SHA-256', bytes as BufferSource)));
}

/** A public key the app may trust: raw 32-byte Ed25519 key in base64, with a label people read. */
export interface TrustedKey {
  label: string;
  publicKey: string;
}
/** Key id → key. */
export type TrustedKeys = Readonly<Record<string, TrustedKey>>;

const Base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

export const PublicKeyFileSchema = z.strictObject({
  kind: z.literal('steppe-atlas-ed25519-public-key'),
  keyId: z.string().min(1),
  label: z.string().min(1),
  publicKey: Base64,
});
export type PublicKeyFile = z.infer<typeof PublicKeyFileSchema>;

export const PrivateKeyFileSchema = z.strictObject({
  kind: z.literal('steppe-atlas-ed25519-private-key'),
  keyId: z.string().min(1),
  label: z.string().min(1),
  jwk: z.looseObject({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), d: z.string(), x: z.string() }),
});
export type PrivateKeyFile = z.infer<typeof PrivateKeyFileSchema>;

/** Key id = "ed25519-" + the first 16 hex digits of SHA-256 over the raw public key. */
export async function keyIdFor(publicKeyBase64: string): Promise<string> {
  return `ed25519-${(await sha256Hex(base64ToBytes(publicKeyBase64))).slice(0, 16)}`;
}

export async function generateKeyPair(label: string): Promise<{ privateKey: PrivateKeyFile; publicKey: PublicKeyFile }> {
  const pair = (await subtle().generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = bytesToBase64(new Uint8Array(await subtle().exportKey('raw', pair.publicKey)));
  const jwk = await subtle().exportKey('jwk', pair.privateKey);
  const keyId = await keyIdFor(raw);
  return {
    privateKey: PrivateKeyFileSchema.parse({ kind: 'steppe-atlas-ed25519-private-key', keyId, label, jwk: { kty: jwk.kty, crv: jwk.crv, d: jwk.d, x: jwk.x } }),
    publicKey: { kind: 'steppe-atlas-ed25519-public-key', keyId, label, publicKey: raw },
  };
}

/** Imports a public key from raw base64 (32 bytes) or a JWK. */
export async function importPublicKey(key: string | JsonWebKey): Promise<CryptoKey> {
  if (typeof key === 'string') {
    const raw = base64ToBytes(key);
    if (raw.length !== 32) throw new Error(`an Ed25519 public key has 32 bytes, this one has ${raw.length}`);
    return subtle().importKey('raw', raw as BufferSource, ED25519, false, ['verify']);
  }
  return subtle().importKey('jwk', { kty: key.kty, crv: key.crv, x: key.x }, ED25519, false, ['verify']);
}

export async function importPrivateKey(file: PrivateKeyFile): Promise<CryptoKey> {
  return subtle().importKey('jwk', file.jwk as JsonWebKey, ED25519, false, ['sign']);
}

export async function signBytes(key: CryptoKey, message: Uint8Array): Promise<string> {
  return bytesToBase64(new Uint8Array(await subtle().sign(ED25519, key, message as BufferSource)));
}

export async function verifyBytes(key: CryptoKey, signatureBase64: string, message: Uint8Array): Promise<boolean> {
  let sig: Uint8Array;
  try {
    sig = base64ToBytes(signatureBase64);
  } catch {
    return false;
  }
  if (sig.length !== 64) return false;
  return subtle().verify(ED25519, key, sig as BufferSource, message as BufferSource);
}
