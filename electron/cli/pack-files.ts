// File handling for the pack CLI: bounded reads, JSON parsing with one-line errors, atomic writes.
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** An expected failure: printed as one line, no stack trace. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

export const MAX_PACK_BYTES = 100 * 1024 * 1024;

/** Reads and parses a JSON file, refusing missing, oversized (checked with stat first) and non-JSON files. */
export function readJsonFile(path: string, maxBytes = MAX_PACK_BYTES): unknown {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new CliError(`${path} is not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${path}: no such file`);
  }
  if (size > maxBytes)
    throw new CliError(`${path} is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${Math.round(maxBytes / 1024 / 1024)} MB limit for a data pack`);
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0].slice(0, 120) : 'parse error';
    throw new CliError(`${path} is not valid JSON (${why})`);
  }
}

/** Writes via a temporary file in the same directory and a rename, so readers never see half a file. */
export function writeFileAtomic(path: string, content: string, mode = 0o644): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, content, { mode });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new CliError(`cannot write ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
