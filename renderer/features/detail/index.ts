// Detail panel: what the side panel shows for the selected deposit, corridor or node.
export { DetailPanel } from './DetailPanel';
export { nearestCorridor, nearestFacility } from './nearest';
