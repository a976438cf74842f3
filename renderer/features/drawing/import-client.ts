// Runs importFile in a Web Worker with a time limit, so neither a huge file nor a pathological one can hang the UI.
import type { ImportResult } from '../../../shared/interchange';

/** Past this the worker is stopped and the user told the file is too complex. */
export const IMPORT_TIMEOUT_MS = 60_000;

export type ClientResult = ImportResult | { ok: false; problem: { code: 'timeout' | 'cancelled' } };

export function parseInWorker(name: string, bytes: Uint8Array, timeoutMs = IMPORT_TIMEOUT_MS): { result: Promise<ClientResult>; cancel: () => void } {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let finish: (r: ClientResult) => void = () => {};
  const result = new Promise<ClientResult>((resolve) => {
    finish = (r) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(r);
    };
  });
  const timer = setTimeout(() => finish({ ok: false, problem: { code: 'timeout' } }), timeoutMs);
  worker.onmessage = (e: MessageEvent<ImportResult>) => finish(e.data);
  worker.onerror = (e) => finish({ ok: false, problem: { code: 'malformed-xml', detail: e.message || 'worker error' } });
  worker.postMessage({ name, bytes }, [bytes.buffer]);
  return { result, cancel: () => finish({ ok: false, problem: { code: 'cancelled' } }) };
}
