// The pack worker's way to compress pack bodies: on a helper thread when workers can start workers (Chromium and
// Electron can), else on the calling thread. A 42 MB pack takes most of a second to compress; on the helper that
// second overlaps the reading and checking instead of adding to them.
import { gzipText } from '../core/compress';
import type { GzipRequest, GzipResponse } from './gzip.worker';

type Pending = { body: Uint8Array | string; resolve: (gzip: Uint8Array) => void; reject: (error: Error) => void };

let helper: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function start(): Worker | null {
  try {
    const worker = new Worker(new URL('./gzip.worker.ts', import.meta.url), { type: 'module', name: 'steppe-gzip' });
    worker.onmessage = ({ data }: MessageEvent<GzipResponse>) => {
      const waiting = pending.get(data.id);
      pending.delete(data.id);
      if (!waiting) return;
      if ('gzip' in data) waiting.resolve(data.gzip);
      else waiting.reject(new Error(data.error));
    };
    // A helper that cannot start: everything it was given is compressed here instead, and so is what comes next.
    worker.onerror = (event) => {
      event.preventDefault();
      helper = null;
      worker.terminate();
      for (const [id, waiting] of pending) {
        pending.delete(id);
        gzipText(waiting.body).then(waiting.resolve, waiting.reject);
      }
    };
    return worker;
  } catch {
    return null;
  }
}

export function gzipOffThread(body: Uint8Array | string): Promise<Uint8Array> {
  if (helper === undefined) helper = typeof Worker === 'function' ? start() : null;
  if (!helper) return gzipText(body);
  const worker = helper;
  // The caller keeps reading its bytes, so the helper gets a copy of them to own (a memory copy, far cheaper than compressing).
  const own = typeof body === 'string' ? body : body.slice();
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { body, resolve, reject }); // the caller's bytes, should the helper fail (the copy is handed over)
    const request: GzipRequest = { id, body: own };
    worker.postMessage(request, typeof own === 'string' ? [] : [own.buffer as ArrayBuffer]);
  });
}
