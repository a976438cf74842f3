import { describe, expect, it } from 'vitest';
import type { Deposit, PackEvent } from '../../../shared/pack';
import { eventsUpTo, involvesPartner, timelineHighlights, timelineMonths } from './timeline';

const ev = (id: string, date: string, depositIds: string[] = [], countryCodes: string[] = ['MN']) => ({ id, date, depositIds, countryCodes }) as unknown as PackEvent;
const dep = (id: string, lon: number) => ({ id, location: { lon, lat: 45 } }) as unknown as Deposit;

describe('timeline', () => {
  it('spans every month from 2010 to the latest event', () => {
    const months = timelineMonths([ev('a', '2011-03-05'), ev('b', '2010')]);
    expect(months[0]).toBe('2010-01');
    expect(months.at(-1)).toBe('2011-03');
    expect(months).toHaveLength(15);
  });

  it('lists events up to a month, newest first, counting a bare year as its January', () => {
    const events = [ev('a', '2015'), ev('b', '2016-06-01'), ev('c', '2014-12')];
    expect(eventsUpTo(events, '2015-01').map((e) => e.id)).toEqual(['a', 'c']);
    expect(eventsUpTo(events, '2014-11')).toEqual([]);
  });

  it('rings deposits linked to events in the two years up to the date', () => {
    const content = { events: [ev('old', '2012-01', ['x']), ev('new', '2019-05', ['y'])], deposits: [dep('x', 100), dep('y', 110)] };
    expect(timelineHighlights(content, '2019-12')).toEqual([[110, 45]]);
    expect(timelineHighlights(content, '2013-06')).toEqual([[100, 45]]);
  });

  it('with a partner lens, rings only deposits named in that partner\'s events', () => {
    const content = {
      events: [ev('kr', '2019-05', ['x'], ['MN', 'KR']), ev('jp', '2019-06', ['y'], ['MN', 'JP'])],
      deposits: [dep('x', 100), dep('y', 110)],
    };
    expect(timelineHighlights(content, '2019-12', 'KR')).toEqual([[100, 45]]);
    expect(timelineHighlights(content, '2019-12', 'JP')).toEqual([[110, 45]]);
    expect(timelineHighlights(content, '2019-12')).toHaveLength(2);
    expect(involvesPartner(content.events[0], 'JP')).toBe(false);
  });
});
