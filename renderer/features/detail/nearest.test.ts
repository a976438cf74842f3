import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../map/testing/bundled-pack';
import { distanceToSegmentKm, nearestCorridor, nearestFacility } from './nearest';

describe('nearest routes', () => {
  it('measures to the closest point of a segment, not its ends', () => {
    // One degree of latitude north of the middle of an east-west segment on the equator: ~111 km.
    expect(distanceToSegmentKm([0.5, 1], [0, 0], [1, 0])).toBeCloseTo(111.2, 0);
    expect(distanceToSegmentKm([2, 0], [0, 0], [1, 0])).toBeCloseTo(111.2, 0);
  });

  it('finds Gashuunsukhait as Oyu Tolgoi\'s nearest border crossing, under 150 km away', () => {
    const pack = bundledPack();
    const ot = pack.deposits.find((d) => d.id === 'oyu-tolgoi')!;
    const here: [number, number] = [ot.location.lon, ot.location.lat];
    const crossing = nearestFacility(here, pack.facilities, 'border-crossing')!;
    expect(crossing.facility.id).toBe('gashuunsukhait');
    expect(crossing.km).toBeGreaterThan(30);
    expect(crossing.km).toBeLessThan(150);
    const corridor = nearestCorridor(here, pack.corridors)!;
    expect(corridor.km).toBeLessThan(20);
  });
});
