// From the bytes of a file to a validated, verified pack, or one plain reason why not. Runs in the pack worker.
import {
  MAX_OPEN_FILE_BYTES,
} from '../../../../shared/ipc';
import {
  problemToString, SUPPORTED_FORMAT_VERSIONS, TRUSTED_KEYS, validatePack, verifyPack,
  type Pack, type TrustedKeys, type VerifyResult,
} from '../../../../shared/pack';

/** Why a file was refused; the UI words each code in the user's language. */
export type RefusalCode =
  | 'too-large' | 'not-text' | 'not-json' | 'not-a-pack' | 'unsupported-format' | 'invalid'
  | 'bad-checksum' | 'bad-signature';

export interface Refusal {
  code: RefusalCode;
  /** Technical details (English, from the validator), shown under "Details". At most 50. */
  details: string[];
  /** Extra values for the message: supported format versions, problem count. */
  values?: { versions?: string; count?: number; found?: string };
}

/** `body` is the file as given (its bytes, or the text), kept for rollback; `textLength` its length as text. */
export type ReadPackResult =
  | { ok: true; pack: Pack; trust: VerifyResult; body: Uint8Array | string; textLength: number }
  | { ok: false; refusal: Refusal };

export type ReadStage = 'reading' | 'validating' | 'verifying';

const MAX_DETAILS = 50;

function refuse(code: RefusalCode, details: string[] = [], values?: Refusal['values']): ReadPackResult {
  return { ok: false, refusal: { code, details: details.slice(0, MAX_DETAILS), values } };
}

export function decodeText(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Parses, validates and verifies a pack file. Never throws for bad input. */
export async function readPack(
  input: Uint8Array | string,
  trustedKeys: TrustedKeys = TRUSTED_KEYS,
  onStage: (stage: ReadStage) => void = () => {},
): Promise<ReadPackResult> {
  onStage('reading');
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_OPEN_FILE_BYTES) return refuse('too-large', [`${Math.round(size / 1e6)} MB`]);
  const text = typeof input === 'string' ? input : decodeText(input);
  if (text === null) return refuse('not-text');
  const textLength = text.length; // the text itself is not needed past JSON.parse
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refuse('not-json', [error instanceof Error ? error.message : String(error)]);
  }
  onStage('validating');
  const result = validatePack(json);
  if (!result.ok) {
    const [first] = result.problems;
    const details = result.problems.map(problemToString);
    if (first.path === 'formatVersion') {
      const found = json !== null && typeof json === 'object' ? JSON.stringify((json as Record<string, unknown>).formatVersion) : undefined;
      return refuse('unsupported-format', details, { versions: SUPPORTED_FORMAT_VERSIONS.join(', '), found: found ?? '?' });
    }
    if (first.path === 'format' || (first.path === '(pack)' && result.problems.length === 1)) return refuse('not-a-pack', details);
    return refuse('invalid', details, { count: result.problems.length });
  }
  onStage('verifying');
  const trust = await verifyPack(result.pack, trustedKeys);
  if (trust.status === 'bad-checksum') return refuse('bad-checksum', [trust.message]);
  if (trust.status === 'bad-signature') return refuse('bad-signature', [trust.message]);
  return { ok: true, pack: result.pack, trust, body: input, textLength };
}

/** Unsigned and unknown-signer packs may be imported, but only after the user confirms. */
export function needsConfirmation(trust: VerifyResult): boolean {
  return trust.status !== 'verified';
}
