// The pack checksum (SHA-256 of the canonical JSON of the pack body) built run by run: each run of rows is put
// in canonical form while earlier runs are written, so at the end only the hash itself is left to do. Canonical
// JSON is compositional (an object is its sorted keys with each value's own canonical form; a list is its items'
// forms joined by commas), so the pieces join into exactly the text computeChecksum hashes.
import { canonicalJson, COLLECTIONS, packBody, sha256Hex, type CollectionName, type Pack } from '../../../../shared/pack';

export class ChecksumInPieces {
  /** Each run's canonical text as UTF-8, encoded as it comes (a pile of small encodes, instead of flattening one
   *  50 MB string and encoding it at the end, when nothing else is left to do). */
  private readonly runs = new Map<CollectionName, Uint8Array[]>(COLLECTIONS.map((c) => [c, []]));
  private readonly encoder = new TextEncoder();

  /** The next run of a collection's rows, in pack order. */
  add(collection: CollectionName, rows: readonly unknown[]): void {
    if (rows.length === 0) return;
    const text = canonicalJson(rows);
    this.runs.get(collection)!.push(this.encoder.encode(text.slice(1, -1))); // without the list's brackets
  }

  /** SHA-256 hex of the canonical body: the header's fields and every run added, per collection. */
  async checksum(header: Omit<Pack, CollectionName>): Promise<string> {
    const empty = Object.fromEntries(COLLECTIONS.map((c) => [c, []]));
    const body = packBody({ ...header, ...empty } as Pack) as Record<string, unknown>;
    const parts: Uint8Array[] = [];
    const text = (s: string) => parts.push(this.encoder.encode(s));
    let first = true;
    for (const key of Object.keys(body).sort()) {
      const value = body[key];
      if (value === undefined) continue;
      text(`${first ? '{' : ','}${JSON.stringify(key)}:`);
      first = false;
      const runs = this.runs.get(key as CollectionName);
      if (!runs) {
        text(canonicalJson(value));
        continue;
      }
      text('[');
      runs.forEach((run, i) => {
        if (i > 0) text(',');
        parts.push(run);
      });
      text(']');
    }
    text(first ? '{}' : '}');
    const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts) {
      all.set(part, at);
      at += part.length;
    }
    return sha256Hex(all);
  }
}
