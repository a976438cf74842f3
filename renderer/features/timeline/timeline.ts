// Pure timeline helpers: the month scale from 2010 to the latest event, events up to a date, and the deposits
// to ring on the map for the date scrubbed to.
import type { Deposit, PackEvent, Position } from '../../../shared/pack';

export const TIMELINE_START = '2010-01';
/** Deposits linked to events in this many months up to the chosen date are ringed on the map. */
export const HIGHLIGHT_MONTHS = 24;

/** "YYYY-MM" months from the start to the latest event's month (at least the start). */
export function timelineMonths(events: readonly Pick<PackEvent, 'date'>[], start = TIMELINE_START): string[] {
  const latest = events.reduce((m, e) => (e.date.slice(0, 7) > m ? e.date.slice(0, 7) : m), start);
  const months: string[] = [];
  let [y, m] = start.split('-').map(Number);
  const [ly, lm] = latest.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

/** An event's date as a sortable month ("2019" counts as its January). */
export const eventMonth = (date: string) => (date.length === 4 ? `${date}-01` : date.slice(0, 7));

function monthsBefore(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const total = y * 12 + (m - 1) - n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** Events on or before the month, newest first. */
export function eventsUpTo<E extends Pick<PackEvent, 'date'>>(events: readonly E[], month: string): E[] {
  return events.filter((e) => eventMonth(e.date) <= month).sort((a, b) => b.date.localeCompare(a.date));
}

/** Whether an event involves the partner a lens is on ("KR"); with no lens every event does. */
export const involvesPartner = (event: Pick<PackEvent, 'countryCodes'>, lens: string | null | undefined) => !lens || event.countryCodes.includes(lens);

/** Positions of deposits linked to events in the HIGHLIGHT_MONTHS up to the month (only the lens partner's events). */
export function timelineHighlights(
  content: { events: readonly PackEvent[]; deposits: readonly Deposit[] },
  month: string,
  lens: string | null = null,
): Position[] {
  const from = monthsBefore(month, HIGHLIGHT_MONTHS);
  const ids = new Set(
    content.events
      .filter((e) => eventMonth(e.date) <= month && eventMonth(e.date) > from && involvesPartner(e, lens))
      .flatMap((e) => e.depositIds),
  );
  return content.deposits.filter((d) => ids.has(d.id)).map((d) => [d.location.lon, d.location.lat]);
}
