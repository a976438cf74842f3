// Exporting the same deck twice reuses its map pictures, but never more than the cache's bound.
import { beforeEach, describe, expect, it } from 'vitest';
import { cachedImage, dataVersion, forgetMapImages, rememberImage, rememberedImageCount } from './image-cache';

const picture = (chars: number) => ({ dataUrl: 'x'.repeat(chars), width: 1480, height: 1000, cssWidth: 740 });

describe('remembered map pictures', () => {
  beforeEach(() => forgetMapImages());

  it('gives back a picture drawn for the same key, and nothing for another', () => {
    const image = picture(10);
    rememberImage('view-a', image);
    expect(cachedImage('view-a')).toBe(image);
    expect(cachedImage('view-b')).toBeUndefined();
  });

  it('drops the least recently used pictures once about 48 MB are held', () => {
    for (let i = 0; i < 6; i++) rememberImage(`slide-${i}`, picture(10_000_000));
    expect(rememberedImageCount()).toBe(4);
    expect(cachedImage('slide-0')).toBeUndefined();
    expect(cachedImage('slide-5')).toBeDefined();
  });

  it('keeps a recently reused picture over older ones', () => {
    for (let i = 0; i < 4; i++) rememberImage(`slide-${i}`, picture(10_000_000));
    cachedImage('slide-0');
    rememberImage('slide-4', picture(10_000_000));
    expect(cachedImage('slide-0')).toBeDefined();
    expect(cachedImage('slide-1')).toBeUndefined();
  });

  it('tells new pack data apart from the same data', () => {
    const data = { deposits: [] };
    expect(dataVersion(data)).toBe(dataVersion(data));
    expect(dataVersion({ deposits: [] })).not.toBe(dataVersion(data));
  });
});
