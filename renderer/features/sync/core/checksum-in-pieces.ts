// The pack checksum (SHA-256 of the canonical JSON of the pack body) built run by run: each run of rows is put
// in canonical form while earlier runs are written, so at the end only the hash itself is left to do. Canonical
// JSON is compositional (an object is its sorted keys with each value's own canonical form; a list is its items'
// forms joined by commas), so the pieces join into exactly the text computeChecksum hashes.
import { canonicalJson, COLLECTIONS, packBody, sha256Hex, type CollectionName, type Pack } from '../../../../shared/pack';

export class ChecksumInPieces {
  private readonly runs = new Map<CollectionName, string[]>(COLLECTIONS.map((c) => [c, []]));

  /** The next run of a collection's rows, in pack order. */
  add(collection: CollectionName, rows: readonly unknown[]): void {
    if (rows.length === 0) return;
    const text = canonicalJson(rows);
    this.runs.get(collection)!.push(text.slice(1, -1)); // without the list's brackets
  }

  /** SHA-256 hex of the canonical body: the header's fields and every run added, per collection. */
  async checksum(header: Omit<Pack, CollectionName>): Promise<string> {
    const empty = Object.fromEntries(COLLECTIONS.map((c) => [c, []]));
    const body = packBody({ ...header, ...empty } as Pack) as Record<string, unknown>;
    const fields: string[] = [];
    for (const key of Object.keys(body).sort()) {
      const value = body[key];
      if (value === undefined) continue;
      const runs = this.runs.get(key as CollectionName);
      fields.push(`${JSON.stringify(key)}:${runs ? `[${runs.join(',')}]` : canonicalJson(value)}`);
    }
    return sha256Hex(`{${fields.join(',')}}`);
  }
}
