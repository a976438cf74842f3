// The pack CLI's commands. Each returns an exit code; expected failures throw CliError.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildPackBody, BUNDLED_PACK_PATH } from '../../assets/packs/src/build';
import {
  diffPacks, generateKeyPair, importPrivateKey, keyIdFor, packStats, problemToString, PrivateKeyFileSchema,
  PublicKeyFileSchema, sealPack, signPack, sortedPrettyJson, TRUSTED_KEYS, validatePack, verifyPack,
  type Pack, type TrustedKeys,
} from '../../shared/pack';
import { CliError, readJsonFile, writeFileAtomic } from './pack-files';
import { formatDiff, formatStats } from './pack-format';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Reads a pack and validates it; invalid packs print every problem and fail. */
function loadPack(path: string, io: Io): Pack {
  const result = validatePack(readJsonFile(path));
  if (result.ok) return result.pack;
  for (const p of result.problems) io.err(`${path}: ${problemToString(p)}`);
  throw new CliError(`${path} is not a valid data pack (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'})`);
}

export function validateCommand(file: string, io: Io): number {
  const pack = loadPack(file, io);
  io.out(`OK: ${file} is a valid pack "${pack.packId}" version ${pack.version} (${pack.deposits.length} deposits, ${pack.corridors.length} corridors)`);
  return 0;
}

export function statsCommand(file: string, json: boolean, io: Io): number {
  const stats = packStats(loadPack(file, io));
  io.out(json ? JSON.stringify(stats, null, 2) : formatStats(stats));
  return 0;
}

export function diffCommand(oldFile: string, newFile: string, json: boolean, io: Io): number {
  const diff = diffPacks(loadPack(oldFile, io), loadPack(newFile, io));
  io.out(json ? JSON.stringify(diff, null, 2) : formatDiff(diff));
  return 0;
}

const KEY_FILE_LIMIT = 64 * 1024;

export async function signCommand(file: string, keyFile: string, outFile: string | undefined, io: Io): Promise<number> {
  const pack = loadPack(file, io);
  const parsed = PrivateKeyFileSchema.safeParse(readJsonFile(keyFile, KEY_FILE_LIMIT));
  if (!parsed.success) throw new CliError(`${keyFile} is not a Steppe Atlas private key file (make one with: npm run pack -- keygen --out DIR)`);
  const key = await importPrivateKey(parsed.data).catch(() => {
    throw new CliError(`${keyFile}: the private key could not be imported`);
  });
  const signed = await signPack(pack, key, parsed.data.keyId);
  const target = outFile ?? file;
  writeFileAtomic(target, sortedPrettyJson(signed));
  io.out(`signed ${target} with key ${parsed.data.keyId} (${parsed.data.label}); checksum ${signed.checksum}`);
  return 0;
}

/** A public key from a keygen .pub.json file or a file holding the raw key in base64. */
async function loadPublicKey(path: string): Promise<TrustedKeys> {
  const raw = readJsonFileOrText(path);
  const parsed = PublicKeyFileSchema.safeParse(raw);
  if (parsed.success) return { [parsed.data.keyId]: { label: parsed.data.label, publicKey: parsed.data.publicKey } };
  if (typeof raw === 'string' && /^[A-Za-z0-9+/]{43}=?$/.test(raw.trim()))
    return { [await keyIdFor(raw.trim())]: { label: `key from ${path}`, publicKey: raw.trim() } };
  throw new CliError(`${path} is not an Ed25519 public key (.pub.json from keygen, or 32 bytes in base64)`);
}

function readJsonFileOrText(path: string): unknown {
  try {
    return readJsonFile(path, KEY_FILE_LIMIT);
  } catch (e) {
    if (e instanceof CliError && e.message.includes('not valid JSON')) {
      return readFileSync(path, 'utf8');
    }
    throw e;
  }
}

/** Exit 0 verified; 3 intact but unsigned or signed by an unknown key; 1 tampered or bad signature. */
export async function verifyCommand(file: string, pubkeyFile: string | undefined, io: Io): Promise<number> {
  const pack = loadPack(file, io);
  const keys = pubkeyFile ? await loadPublicKey(pubkeyFile) : TRUSTED_KEYS;
  const result = await verifyPack(pack, keys);
  const line = `${result.status}: ${result.message}`;
  if (result.status === 'verified') {
    io.out(line);
    return 0;
  }
  io.err(line);
  return result.status === 'unsigned' || result.status === 'unverified-unknown-signer' ? 3 : 1;
}

export async function buildCommand(outFile: string | undefined, io: Io): Promise<number> {
  const sealed = await sealPack(buildPackBody());
  const result = validatePack(JSON.parse(JSON.stringify(sealed)));
  if (!result.ok) {
    for (const p of result.problems) io.err(problemToString(p));
    throw new CliError(`the authored content does not make a valid pack (${result.problems.length} problems); nothing written`);
  }
  const target = resolve(outFile ?? BUNDLED_PACK_PATH);
  writeFileAtomic(target, sortedPrettyJson(sealed));
  io.out(`built ${target}: version ${sealed.version}, checksum ${sealed.checksum} (unsigned; run: npm run pack -- sign ${target} --key KEY)`);
  return 0;
}

export async function keygenCommand(outDir: string, name: string, label: string, io: Io): Promise<number> {
  mkdirSync(outDir, { recursive: true, mode: 0o700 });
  const { privateKey, publicKey } = await generateKeyPair(label);
  const privatePath = join(outDir, `${name}-ed25519.key`);
  const publicPath = join(outDir, `${name}-ed25519.pub.json`);
  writeFileAtomic(privatePath, `${JSON.stringify(privateKey, null, 2)}\n`, 0o600);
  writeFileAtomic(publicPath, `${JSON.stringify(publicKey, null, 2)}\n`);
  io.out(`key ${publicKey.keyId}\nprivate key (keep secret): ${privatePath}\npublic key: ${publicPath}\npublic key (base64): ${publicKey.publicKey}`);
  return 0;
}
