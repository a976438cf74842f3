// The bundled pack, parsed, for unit tests of layer functions and search (no database needed).
import { validatePack, type Pack } from '../../../shared/pack';
import raw from '../../../assets/packs/mongolia-critical-minerals.pack.json';

let cached: Pack | undefined;
export function bundledPack(): Pack {
  if (cached) return cached;
  const result = validatePack(raw as unknown);
  if (!result.ok) throw new Error(`bundled pack is invalid: ${result.problems.length} problems`);
  cached = result.pack;
  return cached;
}
