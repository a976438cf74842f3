import { describe, expect, it } from 'vitest';
import { captionText, parseCaption } from './markdown';

describe('caption markdown subset', () => {
  it('keeps bold and italic runs inside a paragraph', () => {
    expect(parseCaption('Copper from **Oyu Tolgoi** goes *south*.')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Copper from ' }, { text: 'Oyu Tolgoi', bold: true }, { text: ' goes ' }, { text: 'south', italic: true }, { text: '.' }] },
    ]);
  });

  it('turns lists into bullet and numbered blocks in Korean and Mongolian too', () => {
    const blocks = parseCaption('첫째 문단\n\n- 구리\n- 몰리브덴\n\n1. Тавантолгой\n2. Оюу толгой');
    expect(blocks.map((b) => [b.kind, b.n, b.runs.map((r) => r.text).join('')])).toEqual([
      ['paragraph', undefined, '첫째 문단'],
      ['bullet', undefined, '구리'],
      ['bullet', undefined, '몰리브덴'],
      ['numbered', 1, 'Тавантолгой'],
      ['numbered', 2, 'Оюу толгой'],
    ]);
  });

  it('never interprets HTML: it stays visible text', () => {
    expect(captionText('<script>alert(1)</script> & more')).toContain('<script>');
  });

  it('gives plain text with list markers', () => {
    expect(captionText('**A**\n\n- b')).toBe('A\n• b');
  });
});
