// Checksums and signatures of whole packs, and the trust decision the app shows the user.
import { canonicalJson } from './canonical';
import { importPublicKey, sha256Hex, signBytes, verifyBytes, type TrustedKeys } from './keys';
import type { Pack, PackBody } from './schema/pack';

/** The pack without `checksum` and `signature`: what the checksum covers. */
export function packBody(pack: Pack | PackBody): PackBody {
  const { checksum: _c, signature: _s, ...body } = pack as Pack;
  return body;
}

/** SHA-256 (hex) of the canonical JSON of the pack body. */
export async function computeChecksum(pack: Pack | PackBody): Promise<string> {
  return sha256Hex(canonicalJson(packBody(pack)));
}

/** What is signed: a domain-separated line naming the checksum (which itself covers the whole body). */
export function signatureMessage(checksum: string): Uint8Array {
  return new TextEncoder().encode(`steppe-atlas-pack-signature/v1:${checksum}`);
}

/** Sets a fresh checksum and drops any signature (the content may have changed). */
export async function sealPack(pack: Pack | PackBody): Promise<Pack> {
  const body = packBody(pack);
  return { ...body, checksum: await computeChecksum(body) };
}

export async function signPack(pack: Pack | PackBody, privateKey: CryptoKey, keyId: string): Promise<Pack> {
  const sealed = await sealPack(pack);
  const value = await signBytes(privateKey, signatureMessage(sealed.checksum));
  return { ...sealed, signature: { keyId, algorithm: 'Ed25519', value } };
}

export type VerifyStatus = 'verified' | 'unverified-unknown-signer' | 'unsigned' | 'bad-signature' | 'bad-checksum';

export interface VerifyResult {
  status: VerifyStatus;
  /** Key id named in the signature, if any. */
  keyId?: string;
  /** Label of the trusted key that verified the pack. */
  label?: string;
  /** One sentence for the user. */
  message: string;
}

/** Checks the checksum first, then the signature against the pinned keys. `computed`: the checksum of this same
 *  content when the caller already worked it out (a large import hashes its rows while it writes them). */
export async function verifyPack(pack: Pack, trustedKeys: TrustedKeys, computed?: string): Promise<VerifyResult> {
  const actual = computed ?? (await computeChecksum(pack));
  if (actual !== pack.checksum)
    return { status: 'bad-checksum', keyId: pack.signature?.keyId, message: 'The pack was changed after it was sealed: its checksum does not match its content.' };
  const sig = pack.signature;
  if (!sig) return { status: 'unsigned', message: 'The pack is intact but not signed, so its publisher cannot be confirmed.' };
  const trusted = Object.hasOwn(trustedKeys, sig.keyId) ? trustedKeys[sig.keyId] : undefined;
  if (!trusted)
    return { status: 'unverified-unknown-signer', keyId: sig.keyId, message: `The pack is signed by key ${sig.keyId}, which this app does not know.` };
  const key = await importPublicKey(trusted.publicKey);
  const ok = await verifyBytes(key, sig.value, signatureMessage(actual));
  return ok
    ? { status: 'verified', keyId: sig.keyId, label: trusted.label, message: `Signed by ${trusted.label}.` }
    : { status: 'bad-signature', keyId: sig.keyId, label: trusted.label, message: `The signature does not match the key of ${trusted.label}: do not trust this pack.` };
}
