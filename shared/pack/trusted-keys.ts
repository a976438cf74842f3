// Public keys this app trusts to sign data packs (key id → label and raw Ed25519 public key, base64).
//
// The private half of the release key is NOT in this repository. It lives with the publisher at
// ~/.config/steppe-atlas/publisher-ed25519.key (chmod 600). To publish a pack:
//   npm run pack -- build                      # canonicalise + checksum assets/packs/…pack.json
//   npm run pack -- sign assets/packs/mongolia-critical-minerals.pack.json --key ~/.config/steppe-atlas/publisher-ed25519.key
//   npm run pack -- verify assets/packs/mongolia-critical-minerals.pack.json
// To rotate: `npm run pack -- keygen --out DIR --name publisher --label "…"`, add the new public key
// here next to the old one, ship the app, then sign packs with the new key.
// The dev key in test/fixtures/keys/ is deliberately absent: dev-signed packs show as "unknown signer".
import type { TrustedKeys } from './keys';

// Frozen, entries too: no code in the app (or a dependency) can add, swap or relabel a trusted key at run time.
// test/unit/pack-trust.test.ts pins this list against test/security/pinned-keys.json.
export const TRUSTED_KEYS: TrustedKeys = Object.freeze({
  'ed25519-5c6a722e40f05138': Object.freeze({
    label: 'Steppe Atlas release key (2026)',
    publicKey: '7XVNJO/YwGjxQnqv7PNZWk7PIGm3egpDtL8QTH6TygQ=',
  }),
});
