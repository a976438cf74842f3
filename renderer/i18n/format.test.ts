import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatPackDate, formatNumber, formatPercent, formatQuantity, writeMongolianByHand } from './format';

// Intl puts narrow/no-break spaces in some outputs; compare them as plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('numbers with units per language', () => {
  it('writes tonnes the way each language does', () => {
    expect(plain(formatQuantity(6146, 't', 'en'))).toBe('6,146 t');
    expect(plain(formatQuantity(6146, 't', 'ko'))).toBe('6,146톤');
    expect(plain(formatQuantity(6146, 't', 'mn'))).toBe('6,146 т');
  });

  it('keeps the element after a localized mass word and rounds to the digits asked', () => {
    expect(plain(formatQuantity(3755.4, 'Mt Cu', 'en'))).toBe('3,755 Mt Cu');
    expect(plain(formatQuantity(93921, 't U', 'mn'))).toBe('93,921 т U');
    expect(plain(formatQuantity(37, 'Mt', 'ko'))).toBe('37백만 톤');
  });

  it('writes grades as percentages and distances with Intl units', () => {
    expect(plain(formatQuantity(0.98, '% Cu', 'en', 2))).toBe('0.98% Cu');
    expect(plain(formatQuantity(1234.56, 'km', 'en', 1))).toBe('1,234.6 km');
    expect(plain(formatQuantity(1234, 'km', 'ko'))).toBe('1,234km');
    expect(plain(formatQuantity(1234, 'km', 'mn'))).toBe('1,234 км');
  });

  it('passes unknown units through after the number', () => {
    expect(plain(formatQuantity(12.5, 'USD/t', 'en', 1))).toBe('12.5 USD/t');
  });

  it('formats plain numbers and percentages per language', () => {
    expect(formatNumber(6146.25, 'en', 1)).toBe('6,146.3');
    expect(formatNumber(6146.25, 'mn', 0)).toBe('6,146');
    expect(formatPercent(0.123, 'ko')).toBe('12.3%');
    expect(formatPercent(0.5, 'mn', 0)).toBe('50%');
  });
});

describe('dates per language', () => {
  const day = new Date(2026, 10, 23, 9, 5);
  it('writes long dates in each language', () => {
    expect(formatDate(day, 'en')).toBe('November 23, 2026');
    expect(formatDate(day, 'ko')).toBe('2026년 11월 23일');
    expect(formatDate(day, 'mn')).toBe('2026 оны арван нэгдүгээр сарын 23');
  });

  it('writes short dates and times for lists', () => {
    expect(formatDate(day, 'ko', 'medium')).toBe('2026. 11. 23.');
    expect(plain(formatDateTime(day, 'en'))).toBe('Nov 23, 2026, 9:05 AM');
    expect(plain(formatDateTime(day, 'mn'))).toBe('2026 оны 11-р сарын 23 09:05');
  });

  it('shows text that is not a date as it came rather than "Invalid Date"', () => {
    expect(formatDate('someday', 'en')).toBe('someday');
  });
});

describe('pack dates at the precision they have', () => {
  it('writes a month, a day or a year per language', () => {
    expect(formatPackDate('2024-03', 'en', 'long')).toBe('March 2024');
    expect(formatPackDate('2024-03', 'ko')).toBe('2024년 3월');
    expect(formatPackDate('2024-03', 'mn')).toBe('2024 оны 3-р сар');
    expect(formatPackDate('2024-03-05', 'en')).toBe('Mar 5, 2024');
    expect(formatPackDate('2019', 'ko')).toBe('2019년');
  });

  it('leaves text that is not a date alone', () => {
    expect(formatPackDate('c. 1990s', 'en')).toBe('c. 1990s');
  });
});

// Chromium and Electron ship ICU without Mongolian, where Intl would write "November 23, 2026" in the
// Mongolian UI; there the formatter writes Mongolian by hand. Node has full ICU: both must agree with it.
describe('Mongolian written by hand where the runtime lacks it', () => {
  afterEach(() => writeMongolianByHand(null));
  const both = (write: () => string) => {
    writeMongolianByHand(false);
    const viaIntl = write();
    writeMongolianByHand(true);
    return [write(), viaIntl];
  };

  it('writes every month the way CLDR does, long and short, with and without a day', () => {
    for (let month = 0; month < 12; month++) {
      const day = new Date(2026, month, 9, 17, 45);
      const [long, longIntl] = both(() => formatDate(day, 'mn'));
      expect(long).toBe(longIntl);
      const [medium, mediumIntl] = both(() => formatDate(day, 'mn', 'medium'));
      expect(medium).toBe(mediumIntl);
      const [stamp, stampIntl] = both(() => plain(formatDateTime(day, 'mn')));
      expect(stamp).toBe(stampIntl);
      const ym = `2024-${String(month + 1).padStart(2, '0')}`;
      for (const style of ['long', 'short'] as const) {
        const [packMonth, packMonthIntl] = both(() => formatPackDate(ym, 'mn', style));
        expect(packMonth).toBe(packMonthIntl);
      }
      const [packDay, packDayIntl] = both(() => formatPackDate(`${ym}-05`, 'mn'));
      expect(packDay).toBe(packDayIntl);
    }
    expect(both(() => formatPackDate('2019', 'mn'))).toEqual(['2019', '2019']);
  });

  it('writes Mongolian unit words, not English ones', () => {
    writeMongolianByHand(true);
    expect(formatQuantity(1234, 'km', 'mn')).toBe('1,234 км');
    expect(formatQuantity(12, 'MB', 'mn')).toBe('12 МБ');
    expect(formatDate(new Date(2026, 10, 23), 'mn')).toBe('2026 оны арван нэгдүгээр сарын 23');
    // Other languages still go through Intl.
    expect(formatDate(new Date(2026, 10, 23), 'en')).toBe('November 23, 2026');
  });
});
