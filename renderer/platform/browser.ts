// The preload API implemented with plain web features, so the renderer runs as a web page:
// files open through <input type=file> and save as downloads.
import { MAX_OPEN_FILE_BYTES, type OpenFileRequest, type SaveFileRequest, type SteppeApi } from '../../shared/ipc';

export class FileTooLargeError extends Error {
  constructor(name: string, size: number) {
    super(`${name} is ${Math.round(size / 1e6)} MB; the limit is ${MAX_OPEN_FILE_BYTES / 1e6} MB.`);
    this.name = 'FileTooLargeError';
  }
}

/** Reads a user-chosen File, refusing oversized ones before reading a byte. */
export async function readChosenFile(file: File) {
  if (file.size > MAX_OPEN_FILE_BYTES) throw new FileTooLargeError(file.name, file.size);
  return { name: file.name, size: file.size, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function pickFile(request: OpenFileRequest): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = (request.filters ?? []).flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

let audienceWindow: Window | null = null;

export function createBrowserPlatform(): SteppeApi {
  return {
    async getAppInfo() {
      return { name: 'Steppe Atlas', version: __APP_VERSION__, shell: 'web', platform: navigator.platform || 'web' };
    },
    async openFile(request) {
      const file = await pickFile(request);
      return file ? readChosenFile(file) : null;
    },
    async saveFile(request: SaveFileRequest) {
      const blob = new Blob([request.data as BlobPart]);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { saved: true, name: request.suggestedName };
    },
    onMenuCommand() {
      return () => {};
    },
    // Runs synchronously up to window.open, so a click handler's user gesture still counts.
    async openAudienceWindow() {
      audienceWindow = window.open('./audience.html', 'steppe-audience', 'popup=yes,width=1280,height=800');
      return audienceWindow ? { opened: true, external: false } : { opened: false, reason: 'blocked' };
    },
    async closeAudienceWindow() {
      audienceWindow?.close();
      audienceWindow = null;
    },
  };
}
