// A map scale bar for printed maps: a round distance and its length on paper.
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** Metres covered by one CSS pixel of a MapLibre map (512-px tiles) at this latitude and zoom. */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/**
 * The longest round distance (1, 2 or 5 × 10ⁿ metres) that fits in `maxLength` paper units,
 * given how many metres one paper unit covers. Returns the distance, its label and its length.
 */
export function scaleBar(metresPerUnit: number, maxLength: number): { metres: number; label: string; length: number } {
  const maxMetres = metresPerUnit * maxLength;
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].map((m) => m * power).find((d) => d <= maxMetres) ?? power;
  const label = step >= 1000 ? `${step / 1000} km` : `${step} m`;
  return { metres: step, label, length: step / metresPerUnit };
}
