// Turns a drawn chart into a self-contained SVG (title, chart, source line) or a PNG for slides.

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface ExportText {
  title: string;
  source: string;
  background: string;
  color: string;
  font: string;
}

/** The chart's SVG wrapped with its title above and its source below, with explicit size and colours. */
export function standaloneSvg(chart: SVGSVGElement, text: ExportText): { svg: string; width: number; height: number } {
  const width = Number(chart.getAttribute('width')) || chart.viewBox.baseVal.width || 640;
  const height = Number(chart.getAttribute('height')) || chart.viewBox.baseVal.height || 400;
  const inner = new XMLSerializer().serializeToString(chart);
  const total = height + 64;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${escape(text.font)}">`,
    `<rect width="100%" height="100%" fill="${text.background}"/>`,
    `<text x="8" y="20" font-size="14" font-weight="600" fill="${text.color}">${escape(text.title)}</text>`,
    `<g transform="translate(0 32)">${inner}</g>`,
    `<text x="8" y="${total - 10}" font-size="10" fill="${text.color}" opacity="0.75">${escape(text.source)}</text>`,
    '</svg>',
  ].join('');
  return { svg, width, height: total };
}

/** Rasterises an SVG string at `scale` (2 = crisp on projectors) to PNG bytes. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Uint8Array<ArrayBuffer>> {
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
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the picture could not be encoded');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
