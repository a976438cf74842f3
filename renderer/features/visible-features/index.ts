// The map's text alternative: a list of what the current view shows, each item selectable from the keyboard.
export { VisibleOnMap } from './VisibleOnMap';
export { visibleFeatures, type ViewBounds, type VisibleFeature } from './visible';
