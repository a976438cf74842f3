// Turns a drawn chart into a self-contained SVG (title, chart, source line) or a PNG for slides.

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface ExportText {
  title: string;
  /** How to read the figures (e.g. "a yearly average"), written above the source. */
  note?: string;
  source: string;
  background: string;
  color: string;
  font: string;
}

/** Breaks text into lines of at most `max` characters at spaces (SVG text does not wrap by itself). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const PAD = 16;
const TITLE_SIZE = 15;
const SOURCE_SIZE = 10;

/** The chart's SVG wrapped with its title above and its source below, with margins, explicit size and colours. */
export function standaloneSvg(chart: SVGSVGElement, text: ExportText): { svg: string; width: number; height: number } {
  const chartWidth = Number(chart.getAttribute('width')) || chart.viewBox.baseVal.width || 640;
  const chartHeight = Number(chart.getAttribute('height')) || chart.viewBox.baseVal.height || 400;
  const inner = new XMLSerializer().serializeToString(chart);
  const width = chartWidth + 2 * PAD;
  const titleLines = wrapText(text.title, Math.floor(chartWidth / (TITLE_SIZE * 0.58)));
  const sourceLines = [text.note, text.source].filter((l): l is string => !!l).flatMap((l) => wrapText(l, Math.floor(chartWidth / (SOURCE_SIZE * 0.55))));
  const chartTop = PAD + titleLines.length * (TITLE_SIZE + 5) + 6;
  const sourceTop = chartTop + chartHeight + 10;
  const height = sourceTop + sourceLines.length * (SOURCE_SIZE + 4) + PAD;
  const lines = (xs: string[], top: number, size: number, extra: string) =>
    xs.map((l, i) => `<text x="${PAD}" y="${top + (i + 1) * (size + (size > 12 ? 5 : 4)) - 4}" font-size="${size}" ${extra}>${escape(l)}</text>`).join('');
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escape(text.font)}">`,
    `<rect width="100%" height="100%" fill="${text.background}"/>`,
    lines(titleLines, PAD, TITLE_SIZE, `font-weight="600" fill="${text.color}"`),
    `<g transform="translate(${PAD} ${chartTop})">${inner}</g>`,
    lines(sourceLines, sourceTop, SOURCE_SIZE, `fill="${text.color}" opacity="0.75"`),
    '</svg>',
  ].join('');
  return { svg, width, height };
}

/** Draws an SVG string on a canvas at `scale` × its size (2 = crisp on projectors, 3 = print). */
export async function svgToCanvas(svg: string, width: number, height: number, scale = 2): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0, width, height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Rasterises an SVG string at `scale` to PNG bytes. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = await svgToCanvas(svg, width, height, scale);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the picture could not be encoded');
  return new Uint8Array(await blob.arrayBuffer());
}
