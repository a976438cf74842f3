// One call from file bytes to a prepared import (used by the worker, tests and the benchmark page).
import { TRUSTED_KEYS, type TrustedKeys } from '../../../../shared/pack';
import type { PackApplyKind, SteppeDatabase } from '../../../db';
import { prepareImport, type ImportPlan } from './plan';
import { readPack, type ReadStage, type Refusal } from './read-pack';

export type PrepareStage = ReadStage | 'comparing';
export type PrepareResult = { ok: true; plan: ImportPlan } | { ok: false; refusal: Refusal };

export async function preparePackFile(
  db: SteppeDatabase,
  input: Uint8Array | string,
  kind: PackApplyKind,
  options: { trustedKeys?: TrustedKeys; onStage?: (stage: PrepareStage) => void } = {},
): Promise<PrepareResult> {
  const onStage = options.onStage ?? (() => {});
  const read = await readPack(input, options.trustedKeys ?? TRUSTED_KEYS, onStage);
  if (!read.ok) return read;
  onStage('comparing');
  return { ok: true, plan: await prepareImport(db, read, kind) };
}
