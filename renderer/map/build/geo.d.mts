export function pointInRing(point: [number, number] | number[], ring: Array<[number, number] | number[]>): boolean;
