// Timeline feature: what other features may use.
export { Timeline, TimelineStrip } from './TimelineStrip';
export { timelineHighlights, timelineMonths, eventsUpTo, eventMonth, involvesPartner } from './timeline';
export { timelineStrings } from './strings';
