import { describe, expect, it } from 'vitest';
import { catalogues, LANGUAGES } from './catalogues';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('UI catalogues', () => {
  for (const [namespace, catalogue] of Object.entries(catalogues)) {
    it(`${namespace}: Korean and Mongolian have exactly the English keys, none empty`, () => {
      const english = keys(catalogue.en).sort();
      expect(english.length).toBeGreaterThan(0);
      for (const lng of LANGUAGES) {
        expect(keys(catalogue[lng]).sort(), `${namespace} in ${lng}`).toEqual(english);
        for (const key of english) {
          const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], catalogue[lng]);
          expect(typeof value === 'string' && value.trim().length > 0, `${namespace}:${key} in ${lng}`).toBe(true);
        }
      }
    });
  }
});
