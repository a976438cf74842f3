// The bundled pack in Korean and Mongolian: every deposit description, name, corridor name and event title is
// translated, in the right script, with the same figures as the English, and no translation names a lost id.
import { describe, expect, it } from 'vitest';
import bundled from '../../assets/packs/mongolia-critical-minerals.pack.json';
import { DEPOSIT_DESCRIPTIONS_KO } from '../../assets/packs/src/deposit-descriptions-ko';
import { DEPOSIT_DESCRIPTIONS_MN } from '../../assets/packs/src/deposit-descriptions-mn';
import { CORRIDOR_NAMES, DEPOSIT_NAMES_KO, EVENT_TITLES, FACILITY_NAMES_KO, FACILITY_NAMES_MN } from '../../assets/packs/src/names-ko-mn';
import { validatePack } from '../../shared/pack';

const result = validatePack(bundled);
if (!result.ok) throw new Error('bundled pack invalid');
const pack = result.pack;

const HANGUL = /[\uac00-\ud7a3]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const SCALE: Record<string, number> = { million: 1e6, 'сая': 1e6, '만': 1e4 };

/** The figures a text states, as values: "20,000" = "20 000" = 20000; "US$15 million" = "1,500만" = "15 сая". */
function figures(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+)(?:\s*(million|сая|만))?/g)) {
    out.push(Number(m[1].replace(/[,\u00a0 ]/g, '')) * (m[2] ? SCALE[m[2]] : 1));
  }
  return out;
}

describe('bundled pack translations', () => {
  it('reads figures the same way in all three languages', () => {
    expect(figures('US$15 million in February 2024; 20,000 m')).toEqual([15e6, 2024, 20000]);
    expect(figures('1,500만 달러, 20,000 m')).toEqual([15e6, 20000]);
    expect(figures('15 сая ам.доллар, 20 000 метр, 2, 7 дугаар')).toEqual([15e6, 20000, 2, 7]);
  });

  it('describes every deposit in Korean and Mongolian, keeping every figure of the English', () => {
    for (const d of pack.deposits) {
      const { en, ko, mn } = d.description ?? { en: '' };
      expect(ko, `${d.id} ko`).toMatch(HANGUL);
      expect(mn, `${d.id} mn`).toMatch(CYRILLIC);
      for (const [lang, text] of [['ko', ko], ['mn', mn]] as const) {
        const said = new Set(figures(text ?? ''));
        const missing = figures(en).filter((n) => !said.has(n));
        expect(missing, `${d.id} ${lang}: figures of the English not in the translation`).toEqual([]);
      }
    }
  });

  it('names every facility in Mongolian and Korean, every deposit in Korean, and all but Yugodzyr in Mongolian', () => {
    for (const f of pack.facilities) {
      expect(f.name.mn, f.id).toMatch(CYRILLIC);
      expect(f.name.ko, f.id).toMatch(HANGUL);
    }
    for (const d of pack.deposits) expect(d.name.ko, d.id).toMatch(HANGUL);
    expect(pack.deposits.filter((d) => !d.name.mn).map((d) => d.id)).toEqual(['yugodzyr']);
  });

  it('flags every Korean deposit name except the two attested spellings as not yet checked', () => {
    const unchecked = pack.deposits.filter((d) => d.caveats?.some((c) => c.field === 'name.ko')).map((d) => d.name.ko);
    expect(unchecked).toHaveLength(pack.deposits.length - 2);
    expect(unchecked).not.toContain('타반톨고이');
    expect(unchecked).not.toContain('무쉬가이 후닥');
  });

  it('names every corridor and titles every event in Korean and Mongolian', () => {
    for (const item of [...pack.corridors.map((c) => ({ id: c.id, text: c.name })), ...pack.events.map((e) => ({ id: e.id, text: e.title }))]) {
      expect(item.text.ko, item.id).toMatch(HANGUL);
      expect(item.text.mn, item.id).toMatch(CYRILLIC);
    }
  });

  it('has no translation for an id the pack does not hold (a renamed or removed entity)', () => {
    const ids = (xs: Array<{ id: string }>) => new Set(xs.map((x) => x.id));
    const deposits = ids(pack.deposits);
    const facilities = ids(pack.facilities);
    const stale = [
      ...[DEPOSIT_DESCRIPTIONS_KO, DEPOSIT_DESCRIPTIONS_MN, DEPOSIT_NAMES_KO].flatMap((t) => Object.keys(t).filter((id) => !deposits.has(id))),
      ...[FACILITY_NAMES_KO, FACILITY_NAMES_MN].flatMap((t) => Object.keys(t).filter((id) => !facilities.has(id))),
      ...Object.keys(CORRIDOR_NAMES).filter((id) => !ids(pack.corridors).has(id)),
      ...Object.keys(EVENT_TITLES).filter((id) => !ids(pack.events).has(id)),
    ];
    expect(stale).toEqual([]);
  });
});
