import { describe, expect, it } from 'vitest';
import bundled from '../../../assets/packs/mongolia-critical-minerals.pack.json';
import { validatePack } from '../../../shared/pack';
import { partnerFacts } from './partner-facts';

const parsed = validatePack(bundled);
if (!parsed.ok) throw new Error('bundled pack invalid');
const pack = parsed.pack;
const facts = (code: string) => partnerFacts(pack.countries.find((c) => c.code === code)!, pack);

describe('partner facts', () => {
  it('gathers Korea’s deposits, dated events newest first, and ODA', () => {
    const kr = facts('KR');
    expect(kr.deposits.map((d) => d.id)).toContain('nuurst-khotgor');
    const all = [...kr.agreements, ...kr.investments, ...kr.oda, ...kr.otherEvents];
    expect(all.length).toBe(pack.events.filter((e) => e.countryCodes.includes('KR')).length);
    expect(kr.latest?.date).toBe(all.map((e) => e.date).sort().at(-1));
    expect(kr.indicators.map((i) => i.id)).toContain('kr-oda-to-mongolia');
  });

  it('cites every source used, each once, all resolvable', () => {
    const eu = facts('EU');
    expect(new Set(eu.sourceIds).size).toBe(eu.sourceIds.length);
    const known = new Set(pack.sources.map((s) => s.id));
    for (const id of eu.sourceIds) expect(known.has(id)).toBe(true);
    for (const e of eu.country.engagements) for (const id of e.sourceIds) expect(eu.sourceIds).toContain(id);
  });
});
