// One entry point for a file the user chose: sniff the format, enforce limits, unzip KMZ, read shapes.
// Pure and synchronous; the renderer runs it in a Web Worker so a big file never blocks the window.
import { unzipSync } from 'fflate';
import { readGeoJson } from './geojson';
import { readKml } from './kml';
import { IMPORT_LIMITS, type ImportLimits } from './limits';
import type { ImportFormat, ImportResult } from './result';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.(geo)?json$|\.km[lz]$/i, '') || fileName;
}

/** Guesses the format from the first bytes, then the extension. */
export function sniffFormat(fileName: string, bytes: Uint8Array): ImportFormat | undefined {
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) return 'kmz';
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'geojson';
  if (head.startsWith('<')) return 'kml';
  if (/\.kmz$/i.test(fileName)) return 'kmz';
  if (/\.kml$/i.test(fileName)) return 'kml';
  if (/\.(geo)?json$/i.test(fileName)) return 'geojson';
  return undefined;
}

function unzipKml(bytes: Uint8Array, limits: ImportLimits): { ok: true; text: string } | Extract<ImportResult, { ok: false }> {
  let entries = 0;
  let kmlName: string | undefined;
  let tooBig: number | undefined;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      // Decide from the central directory before inflating anything: one .kml, bounded in size.
      filter: (file) => {
        entries++;
        if (entries > limits.maxArchiveEntries || kmlName || !/\.kml$/i.test(file.name)) return false;
        if (file.originalSize > limits.maxTextBytes) {
          tooBig = file.originalSize;
          return false;
        }
        kmlName = file.name;
        return true;
      },
    });
  } catch (e) {
    return { ok: false, problem: { code: 'kmz-corrupt', detail: String((e as Error).message).slice(0, 200) } };
  }
  if (tooBig !== undefined) return { ok: false, problem: { code: 'too-large', bytes: tooBig, limit: limits.maxTextBytes } };
  const kml = kmlName ? files[kmlName] : undefined;
  if (!kml) return { ok: false, problem: { code: 'kmz-no-kml' } };
  // The declared size can lie; check what actually came out.
  if (kml.length > limits.maxTextBytes) return { ok: false, problem: { code: 'too-large', bytes: kml.length, limit: limits.maxTextBytes } };
  return { ok: true, text: new TextDecoder().decode(kml) };
}

/** Reads a GeoJSON, KML or KMZ file into an import preview, or says what is wrong with it. */
export function importFile(fileName: string, bytes: Uint8Array, limits: ImportLimits = IMPORT_LIMITS): ImportResult {
  if (bytes.length === 0) return { ok: false, problem: { code: 'empty' } };
  const format = sniffFormat(fileName, bytes);
  if (!format) return { ok: false, problem: { code: 'unknown-format' } };
  const name = baseName(fileName);
  if (format === 'kmz') {
    if (bytes.length > limits.maxArchiveBytes) return { ok: false, problem: { code: 'too-large', bytes: bytes.length, limit: limits.maxArchiveBytes } };
    const unzipped = unzipKml(bytes, limits);
    if (!unzipped.ok) return unzipped;
    return readKml(unzipped.text, name, limits, 'kmz');
  }
  if (bytes.length > limits.maxTextBytes) return { ok: false, problem: { code: 'too-large', bytes: bytes.length, limit: limits.maxTextBytes } };
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  return format === 'geojson' ? readGeoJson(text, name, limits) : readKml(text, name, limits);
}
