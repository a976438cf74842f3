// Export jobs: progress reports, cancellation, and saving only a finished file.
export class ExportCancelled extends Error {
  constructor() {
    super('Export cancelled');
    this.name = 'ExportCancelled';
  }
}

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new ExportCancelled();
}

export interface Progress {
  /** 0…1 */
  fraction: number;
  /** i18n key in the export namespace, with its values. */
  step: 'preparing' | 'fonts' | 'map' | 'writing' | 'saving';
  n?: number;
  count?: number;
}

export interface JobContext {
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

/** Yields to the event loop so progress paints and Cancel clicks land between steps. */
export const nextFrame = () => new Promise<void>((r) => setTimeout(r, 0));

/** A safe file name from a deck title: letters of any script, digits, dashes. */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return `${base || 'steppe-atlas'}.${extension}`;
}

/** Settles with the promise, or rejects with ExportCancelled as soon as the signal aborts (slow map draws included). */
export function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new ExportCancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new ExportCancelled());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
