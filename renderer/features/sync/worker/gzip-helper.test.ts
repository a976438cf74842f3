// Pack bodies kept for rollback come back whole whether the helper thread compresses them, cannot start, or
// does not exist (Node, tests).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gunzipText, gzipText } from '../core/compress';

const body = new TextEncoder().encode(JSON.stringify({ title: 'Ордууд · 광상', rows: Array.from({ length: 500 }, (_, i) => i) }));

async function freshHelper() {
  vi.resetModules();
  return (await import('./gzip-helper')).gzipOffThread;
}

/** A stand-in for a worker thread: compresses what it is sent, or fails to start. */
function fakeWorker(behaviour: 'works' | 'fails') {
  return class {
    onmessage: ((e: { data: unknown }) => void) | null = null;
    onerror: ((e: { preventDefault(): void }) => void) | null = null;
    terminate() {}
    postMessage(message: { id: number; body: Uint8Array }, transfer: Transferable[] = []) {
      const request = structuredClone(message, { transfer }); // as a real worker gets it: transferred buffers leave the sender
      if (behaviour === 'fails') setTimeout(() => this.onerror?.({ preventDefault() {} }));
      else void gzipText(request.body).then((gzip) => this.onmessage?.({ data: { id: request.id, gzip } }));
    }
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('compressing pack bodies off the pack worker', () => {
  it('compresses on the calling thread where there are no workers', async () => {
    vi.stubGlobal('Worker', undefined);
    const gzip = await (await freshHelper())(body);
    expect(await gunzipText(gzip)).toBe(new TextDecoder().decode(body));
  });

  it('hands a copy to the helper, so the caller can still read its bytes', async () => {
    vi.stubGlobal('Worker', fakeWorker('works'));
    const gzip = await (await freshHelper())(body);
    expect(await gunzipText(gzip)).toBe(new TextDecoder().decode(body));
    expect(body.byteLength).toBeGreaterThan(0);
  });

  it('compresses here instead when the helper cannot start', async () => {
    vi.stubGlobal('Worker', fakeWorker('fails'));
    const gzipOffThread = await freshHelper();
    const [first, second] = await Promise.all([gzipOffThread(body), gzipOffThread('second body')]);
    expect(await gunzipText(first)).toBe(new TextDecoder().decode(body));
    expect(await gunzipText(second)).toBe('second body');
  });
});
