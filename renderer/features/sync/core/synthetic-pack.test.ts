import { describe, expect, it } from 'vitest';
import { validatePack, sealPack } from '../../../../shared/pack';
import { syntheticPack } from './synthetic-pack';

describe('synthetic pack', () => {
  it('is a valid pack, so tests built on it exercise real imports', async () => {
    const result = validatePack(await sealPack(syntheticPack({ deposits: 30 })));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
