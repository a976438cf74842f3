import { describe, expect, it } from 'vitest';
import { commodityGroup } from './commodity';
import { packStats } from './stats';
import { tinyPack } from './test-pack.test-support';

describe('commodityGroup', () => {
  it('uses the explicit group, else the first commodity', () => {
    expect(commodityGroup({ commodities: ['REE', 'Nb'] })).toBe('ree');
    expect(commodityGroup({ commodities: ['Zr', 'REE'], primaryGroup: 'ree' })).toBe('ree');
    expect(commodityGroup({ commodities: ['Li'] })).toBe('battery-metals');
    expect(commodityGroup({ commodities: ['Sn', 'W'] })).toBe('w-mo-sn');
    expect(commodityGroup({ commodities: ['U', 'Mo'] })).toBe('uranium');
    expect(commodityGroup({ commodities: ['Coal'] })).toBe('coal');
    expect(commodityGroup({ commodities: ['Fluorspar'] })).toBe('fluorspar');
    expect(commodityGroup({ commodities: ['Fe'] })).toBe('iron');
    expect(commodityGroup({ commodities: ['Zn', 'Pb'] })).toBe('other');
  });
});

describe('packStats', () => {
  it('counts entities, groups, statuses, partners, missing translations and low confidence', async () => {
    const s = packStats(await tinyPack());
    expect(s.counts).toMatchObject({ deposits: 1, facilities: 2, corridors: 1 });
    expect(s.depositsByGroup).toEqual({ 'cu-au': 1 });
    expect(s.depositsByCommodity).toEqual({ Cu: 1, Au: 1 });
    expect(s.depositsByPartner).toEqual({ MN: 1 });
    expect(s.missingTranslations.ko.deposits).toBe(1);
    expect(s.missingTranslations.mn.facilities).toBe(2);
    expect(s.lowConfidence.deposits).toBe(0);
  });
});
