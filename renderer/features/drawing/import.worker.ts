// Parses a chosen GeoJSON/KML/KMZ file off the main thread: the window stays responsive on big files.
import '../../zod-jitless';
import { importFile, type ImportResult } from '../../../shared/interchange';

export interface ImportRequest {
  name: string;
  bytes: Uint8Array;
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  let result: ImportResult;
  try {
    result = importFile(event.data.name, event.data.bytes);
  } catch (e) {
    result = { ok: false, problem: { code: 'malformed-xml', detail: String((e as Error).message).slice(0, 200) } };
  }
  (self as unknown as Worker).postMessage(result);
};
