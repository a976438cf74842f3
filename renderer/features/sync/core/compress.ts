// gzip with the platform's CompressionStream (browser, worker and Node 20): pack bodies kept for rollback.
/** Compresses text, or UTF-8 bytes as they are (no decode and re-encode of a file already in memory). */
export async function gzipText(text: string | Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([text as BlobPart]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function gunzipText(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

type Compressor = (body: string | Uint8Array) => Promise<Uint8Array>;
let compressor: Compressor = gzipText;

/** Compresses a pack body for rollback, with the compressor the pack worker chose (a helper thread, if it has one). */
export function gzipBody(body: string | Uint8Array): Promise<Uint8Array> {
  return compressor(body);
}

export function useCompressor(next: Compressor): void {
  compressor = next;
}
