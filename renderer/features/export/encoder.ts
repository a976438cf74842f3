// Turns a taken map frame into a JPEG or PNG file: on the encoding thread where the browser can (Chromium and
// Electron), else here with the canvas's own encoder. The frame is taken at once; only the bytes come later, so
// the hidden map is free to draw the next slide while they are made.
import type { EncodeRequest, EncodeResponse } from './encode.worker';

type Waiting = { resolve: (blob: Blob) => void; reject: (error: Error) => void };

let thread: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, Waiting>();

function startThread(): Worker | null {
  if (typeof Worker !== 'function' || typeof OffscreenCanvas !== 'function') return null;
  try {
    const worker = new Worker(new URL('./encode.worker.ts', import.meta.url), { type: 'module', name: 'steppe-picture-encoder' });
    worker.onmessage = ({ data }: MessageEvent<EncodeResponse>) => {
      const w = waiting.get(data.id);
      waiting.delete(data.id);
      if ('blob' in data) w?.resolve(data.blob);
      else w?.reject(new Error(data.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      thread = null;
      worker.terminate();
      for (const [id, w] of waiting) {
        waiting.delete(id);
        w.reject(new Error('the picture encoder stopped'));
      }
    };
    return worker;
  } catch {
    return null;
  }
}

function encodeHere(canvas: HTMLCanvasElement, type: string, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the map picture could not be encoded'))), type, quality),
  );
}

/**
 * Takes the canvas's current frame now and resolves with its file later. The returned promise for the frame
 * resolves once it is safe to draw on the canvas again.
 */
export async function takePicture(canvas: HTMLCanvasElement, type: 'image/jpeg' | 'image/png', quality = 0.88): Promise<{ file: Promise<Blob> }> {
  if (thread === undefined) thread = startThread();
  const worker = thread;
  if (!worker) {
    // toBlob reads the frame before it returns to the event loop: nothing drawn after this call gets in.
    return { file: encodeHere(canvas, type, quality) };
  }
  const picture = await createImageBitmap(canvas);
  const file = new Promise<Blob>((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { resolve, reject });
    const request: EncodeRequest = { id, picture, type, quality };
    worker.postMessage(request, [picture]);
  });
  return { file };
}

/** Lets the encoding thread go (it holds a canvas as large as the last picture). */
export function stopPictureEncoder(): void {
  if (waiting.size > 0) return;
  thread?.terminate();
  thread = undefined;
}
