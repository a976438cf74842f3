// Mongolia's aimags for filters and labels: the same table the basemap build uses.
import { AIMAGS, type AimagEntry } from './build/aimags.mjs';

export type Aimag = AimagEntry;
export { AIMAGS };

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z\u0400-\u04ff]+/g, '');
const lookup = new Map<string, Aimag>();
for (const a of AIMAGS) for (const name of [a.en, a.mn, ...a.aliases]) lookup.set(fold(name), a);

/**
 * The aimag a pack's free-text `aimag` names ("Ömnögovi", "Ulaanbaatar (Baganuur district)",
 * "Khentii / Dornogovi (verify)" → the first one named), or undefined.
 */
export function canonicalAimag(text: string): Aimag | undefined {
  for (const part of text.split(/[/(),;]/)) {
    const hit = lookup.get(fold(part));
    if (hit) return hit;
  }
  return lookup.get(fold(text));
}

export function aimagById(id: string): Aimag | undefined {
  return AIMAGS.find((a) => a.id === id);
}
