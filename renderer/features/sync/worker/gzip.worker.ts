// A helper thread of the pack worker: compresses a pack body for rollback while the pack worker reads, checks
// and writes the same pack, so the two run side by side instead of taking turns on one thread.
import { gzipText } from '../core/compress';

export type GzipRequest = { id: number; body: Uint8Array | string };
export type GzipResponse = { id: number; gzip: Uint8Array } | { id: number; error: string };

const scope = self as unknown as { postMessage(m: GzipResponse, transfer?: Transferable[]): void; onmessage: ((e: MessageEvent<GzipRequest>) => void) | null };

scope.onmessage = ({ data: { id, body } }) => {
  gzipText(body).then(
    (gzip) => scope.postMessage({ id, gzip }, [gzip.buffer as ArrayBuffer]),
    (error: unknown) => scope.postMessage({ id, error: String(error) }),
  );
};
