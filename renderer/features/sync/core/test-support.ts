// Test helpers: fresh databases, signed synthetic packs, and a content hash of every table.
import 'fake-indexeddb/auto';
import { canonicalJson, generateKeyPair, importPrivateKey, sealPack, signPack, type Pack, type PackBody, type TrustedKeys } from '../../../../shared/pack';
import { openDatabase, type SteppeDatabase } from '../../../db';
import { syntheticPack, type SyntheticOptions } from './synthetic-pack';

export function freshDatabase(): SteppeDatabase {
  return openDatabase(`test-${crypto.randomUUID()}`);
}

let keys: Promise<{ privateKey: CryptoKey; keyId: string; trusted: TrustedKeys }> | undefined;
export function testKeys() {
  keys ??= (async () => {
    const pair = await generateKeyPair('Test publisher');
    return {
      privateKey: await importPrivateKey(pair.privateKey),
      keyId: pair.publicKey.keyId,
      trusted: { [pair.publicKey.keyId]: { label: 'Test publisher', publicKey: pair.publicKey.publicKey } },
    };
  })();
  return keys;
}

export async function signedPack(options: SyntheticOptions | PackBody = {}): Promise<Pack> {
  const body = 'format' in options ? options : syntheticPack(options);
  const { privateKey, keyId } = await testKeys();
  return signPack(body, privateKey, keyId);
}

export async function unsignedPack(options: SyntheticOptions = {}): Promise<Pack> {
  return sealPack(syntheticPack(options));
}

/** SHA-256 of every table's rows in key order: equal hashes mean nothing changed. */
export async function databaseHash(db: SteppeDatabase): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    const keys = await table.toCollection().primaryKeys();
    // Key order inside a record is not content: canonical JSON sorts it.
    const text = canonicalJson(JSON.parse(JSON.stringify([keys, rows], (_k, v: unknown) => (v instanceof Uint8Array ? Array.from(v) : v))));
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    out[table.name] = `${rows.length}:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("").slice(0, 16)}`;
  }
  return out;
}
