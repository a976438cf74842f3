// The checksum built run by run while rows are written must be the pack's checksum, whatever the run sizes.
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, computeChecksum, sealPack, type Pack } from '../../../../shared/pack';
import { ChecksumInPieces } from './checksum-in-pieces';
import { syntheticPack } from './synthetic-pack';

async function inPieces(pack: Pack, runSize: number): Promise<string> {
  const sum = new ChecksumInPieces();
  for (const c of COLLECTIONS) for (let i = 0; i < pack[c].length; i += runSize) sum.add(c, pack[c].slice(i, i + runSize));
  const { sources: _s, countries: _c, deposits: _d, facilities: _f, corridors: _k, events: _e, indicators: _i, ...header } = pack;
  return sum.checksum(header);
}

describe('checksum in pieces', () => {
  it('equals the checksum of the whole pack for any run size', async () => {
    const pack = await sealPack(syntheticPack({ deposits: 120, facilities: 5, title: 'Ордууд · 광상 "quoted" \\ tab\t' }));
    for (const size of [1, 7, 50, 1000]) expect(await inPieces(pack, size)).toBe(pack.checksum);
  });

  it('leaves the signature and the checksum itself out, and sees any changed row', async () => {
    const pack = await sealPack(syntheticPack({ deposits: 10 }));
    const signed = { ...pack, signature: { keyId: 'k', algorithm: 'Ed25519' as const, value: 'AAAA' } };
    expect(await inPieces(signed, 3)).toBe(pack.checksum);
    const changed = { ...pack, deposits: pack.deposits.map((d, i) => (i === 4 ? { ...d, aimag: 'Dornod' } : d)) };
    expect(await inPieces(changed, 3)).toBe(await computeChecksum(changed));
    expect(await inPieces(changed, 3)).not.toBe(pack.checksum);
  });
});
