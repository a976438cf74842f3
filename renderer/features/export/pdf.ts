// The PDF handout: cover, one page per slide (map at ≥ 200 dpi, title, caption, legend, scale,
// footnoted sources), optional notes pages, and an appendix of every source cited.
import { jsPDF } from 'jspdf';
import { legendItems } from './legend';
import { formatSource, numberSources, parseCaption, type Deck, type Slide } from '../slides';
import { embedFonts, needsKorean } from './fonts';
import { abortable, throwIfAborted, type JobContext } from './job';
import { drawBlocks, drawText } from './pdf-text';
import { MAP_BOX, PAGE } from './layout';
import { metresPerPixel, scaleBar } from './scale';

export interface SlideImage {
  /** The picture file: JPEG for maps, PNG for charts (sharp lines and text). */
  data: Uint8Array<ArrayBuffer>;
  /** Pixels of the picture, and the CSS pixels of the map it was drawn from (for the scale bar). */
  width: number;
  height: number;
  cssWidth: number;
  format?: 'JPEG' | 'PNG';
}

export interface PackLabel {
  title: string;
  version: number | string;
  publisher: string;
}

export type Translate = (key: string, values?: Record<string, unknown>) => string;

export interface HandoutInput {
  deck: Deck;
  images: ReadonlyMap<string, SlideImage>;
  pack: PackLabel | null;
  includeNotes: boolean;
  t: Translate;
  /** Map vocabulary (commodity groups, corridor modes) in the deck's language, for the legend. */
  atlasLabel?: Translate;
}

const INK: [number, number, number] = [29, 37, 48];
const MUTED: [number, number, number] = [90, 98, 112];
const ACCENT: [number, number, number] = [154, 91, 18];
const hex = (h: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];

function allText(deck: Deck): string {
  return [deck.title, deck.author, ...deck.slides.flatMap((s) => [s.title, s.caption, s.notes, ...s.sources.map(formatSource)])].join(' ');
}

export async function buildHandoutPdf(input: HandoutInput, job: JobContext = {}): Promise<Uint8Array<ArrayBuffer>> {
  const { deck, t } = input;
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({ title: deck.title, author: deck.author, creator: 'Steppe Atlas', subject: t('pdf') });
  if (deck.language !== 'mn') doc.setLanguage(deck.language === 'ko' ? 'ko' : 'en-GB'); // jsPDF has no Mongolian tag
  await abortable(embedFonts(doc, needsKorean(allText(deck) + (input.pack?.title ?? '') + (input.pack?.publisher ?? '') + t('page.sources'))), job.signal);
  throwIfAborted(job.signal);

  const numbering = numberSources(deck);
  drawCover(doc, input);
  deck.slides.forEach((slide, i) => {
    throwIfAborted(job.signal);
    doc.addPage();
    drawSlidePage(doc, input, slide, i, numbering.numbersFor(slide.id));
    if (input.includeNotes) {
      doc.addPage();
      drawNotesPage(doc, input, slide, i);
    }
  });
  doc.addPage();
  drawAppendix(doc, input, numbering.appendix);
  drawFooters(doc, input);
  throwIfAborted(job.signal);
  return new Uint8Array(doc.output('arraybuffer'));
}

function drawCover(doc: jsPDF, { deck, pack, t }: HandoutInput) {
  const { width, height, margin } = PAGE;
  doc.setFillColor(31, 51, 71);
  doc.rect(0, 0, width, 70, 'F');
  doc.setFillColor(...hex('#e2a953'));
  doc.triangle(margin, 52, margin + 14, 34, margin + 22, 44, 'F');
  doc.triangle(margin + 16, 52, margin + 28, 30, margin + 40, 52, 'F');
  drawText(doc, deck.title || t('title'), { x: margin, y: 82, width: width - 2 * margin, maxY: 130, size: 30, bold: true, color: INK, lineHeight: 1.2 });
  const rows: [string, string][] = [
    [t('cover.date'), deck.date],
    [t('cover.author'), deck.author],
    [t('cover.pack'), pack ? `${pack.title} · v${pack.version}` : t('cover.noPack')],
    [t('cover.publisher'), pack?.publisher ?? '—'],
    ['', t('cover.slides', { count: deck.slides.length })],
  ];
  let y = 140;
  for (const [label, value] of rows.filter(([, v]) => v)) {
    drawText(doc, label, { x: margin, y, width: 45, maxY: height, size: 10, color: MUTED });
    drawText(doc, value, { x: margin + 48, y, width: width - 2 * margin - 48, maxY: height, size: 11, color: INK });
    y += 8;
  }
}

function drawSlidePage(doc: jsPDF, input: HandoutInput, slide: Slide, index: number, numbers: number[]) {
  const { width, margin } = PAGE;
  const { t } = input;
  drawText(doc, `${t('page.slide', { n: index + 1 })} · ${input.deck.title}`, { x: margin, y: 8, width: width - 2 * margin, maxY: 16, size: 8, color: MUTED });
  drawText(doc, slide.title || ' ', { x: margin, y: 15, width: width - 2 * margin, maxY: 28, size: 18, bold: true, color: INK, lineHeight: 1.15 });
  const caption = parseCaption(slide.caption);
  const image = input.images.get(slide.id);

  if (slide.kind === 'chart' && image) {
    drawChartPage(doc, input, slide, image, caption, numbers);
    return;
  }
  if (slide.kind !== 'map' || !slide.view || !image) {
    const big = slide.kind === 'title';
    drawBlocks(doc, caption, { x: margin, y: big ? 60 : 36, width: width - 2 * margin, maxY: 180, size: big ? 16 : 12, color: INK });
    drawFootnotes(doc, slide, numbers, { x: margin, y: 170, width: width - 2 * margin, maxY: 192 }, t);
    return;
  }

  const box = MAP_BOX;
  doc.addImage(image.data, 'JPEG', box.x, box.y, box.width, box.height, `map-${slide.id}`, 'NONE');
  doc.setDrawColor(185, 178, 164);
  doc.setLineWidth(0.2);
  doc.rect(box.x, box.y, box.width, box.height);
  drawScale(doc, slide, image);

  const col = { x: box.x + box.width + 8, width: width - margin - (box.x + box.width + 8) };
  const after = drawBlocks(doc, caption, { x: col.x, y: box.y - 1, width: col.width, maxY: 96, size: 10.5, color: INK });
  drawLegend(doc, slide, input, col.x, Math.max(after.y + 6, 100), col.width);
  drawFootnotes(doc, slide, numbers, { x: col.x, y: 148, width: col.width, maxY: 192 }, t);
}

/** A chart slide: the chart picture fitted in the map's box (its title and source drawn in it), caption and footnotes beside. */
function drawChartPage(doc: jsPDF, input: HandoutInput, slide: Slide, image: SlideImage, caption: ReturnType<typeof parseCaption>, numbers: number[]) {
  const { width, margin } = PAGE;
  const box = MAP_BOX;
  const scale = Math.min(box.width / image.width, box.height / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  doc.addImage(image.data, 'PNG', box.x, box.y, w, h, `chart-${slide.id}`, 'NONE');
  const col = { x: box.x + box.width + 8, width: width - margin - (box.x + box.width + 8) };
  drawBlocks(doc, caption, { x: col.x, y: box.y - 1, width: col.width, maxY: 140, size: 10.5, color: INK });
  drawFootnotes(doc, slide, numbers, { x: col.x, y: 148, width: col.width, maxY: 192 }, input.t);
}

function drawScale(doc: jsPDF, slide: Slide, image: SlideImage) {
  const camera = slide.view!.camera;
  const mmPerCssPx = MAP_BOX.width / image.cssWidth;
  const bar = scaleBar(metresPerPixel(camera.center[1], camera.zoom) / mmPerCssPx, 35);
  const x = MAP_BOX.x + 4;
  const y = MAP_BOX.y + MAP_BOX.height - 5;
  doc.setFillColor(255, 255, 255);
  doc.rect(x - 2, y - 6, bar.length + 18, 8, 'F');
  doc.setDrawColor(...INK);
  doc.setLineWidth(0.5);
  doc.line(x, y, x + bar.length, y);
  doc.line(x, y - 1.5, x, y);
  doc.line(x + bar.length, y - 1.5, x + bar.length, y);
  drawText(doc, bar.label, { x: x + bar.length + 2, y: y - 3.6, width: 20, maxY: y + 2, size: 7, color: INK });
}

function drawLegend(doc: jsPDF, slide: Slide, input: HandoutInput, x: number, y: number, width: number) {
  drawText(doc, input.t('page.legend'), { x, y, width, maxY: y + 8, size: 9, bold: true, color: MUTED });
  const items = legendItems(slide.view!, input.atlasLabel ?? ((k) => k), (k) => input.t(`legend.${k}`));
  const columnWidth = width / 2;
  const rows = Math.ceil(items.length / 2);
  items.forEach((item, i) => {
    const cx = x + (i >= rows ? columnWidth : 0);
    const rowY = y + 6 + (i % rows) * 4.6;
    if (item.kind === 'line') line(doc, cx, rowY, item.colour);
    else if (item.kind === 'dot') dot(doc, cx, rowY, item.colour);
    else swatch(doc, cx, rowY, item.colour, item.stroke ?? item.colour);
    drawText(doc, item.label, { x: cx + 7.5, y: rowY - 0.9, width: columnWidth - 7.5, maxY: rowY + 4, size: 6.8, color: INK });
  });
}

function dot(doc: jsPDF, x: number, y: number, fill: string) {
  doc.setFillColor(...hex(fill));
  doc.setDrawColor(255, 255, 255);
  doc.setLineWidth(0.2);
  doc.circle(x + 3, y + 1.8, 1.6, 'FD');
}

function swatch(doc: jsPDF, x: number, y: number, fill: string, stroke: string) {
  doc.setFillColor(...hex(fill));
  doc.setDrawColor(...hex(stroke));
  doc.setLineWidth(0.3);
  doc.rect(x, y, 6, 3.6, 'FD');
}
function line(doc: jsPDF, x: number, y: number, stroke: string) {
  doc.setDrawColor(...hex(stroke));
  doc.setLineWidth(0.6);
  doc.line(x, y + 1.8, x + 6, y + 1.8);
}

function drawFootnotes(doc: jsPDF, slide: Slide, numbers: number[], box: { x: number; y: number; width: number; maxY: number }, t: Translate) {
  if (slide.sources.length === 0) return;
  drawText(doc, t('page.sources'), { ...box, size: 9, bold: true, color: MUTED });
  drawBlocks(
    doc,
    slide.sources.map((s, i) => ({ kind: 'paragraph' as const, runs: [{ text: `[${numbers[i]}] ${formatSource(s)}` }] })),
    { ...box, y: box.y + 5, size: 8, color: INK, lineHeight: 1.3 },
  );
}

function drawNotesPage(doc: jsPDF, input: HandoutInput, slide: Slide, index: number) {
  const { width, margin } = PAGE;
  const { t } = input;
  drawText(doc, `${t('page.notes')} · ${t('page.slide', { n: index + 1 })}`, { x: margin, y: 8, width: width - 2 * margin, maxY: 16, size: 8, color: MUTED });
  drawText(doc, slide.title || ' ', { x: margin, y: 15, width: width - 2 * margin, maxY: 28, size: 16, bold: true, color: INK });
  if (slide.thumbnail) doc.addImage(slide.thumbnail, 'JPEG', margin, 32, 80, 50, `thumb-${slide.id}`, 'NONE');
  const notes = slide.notes.trim() ? parseCaption(slide.notes) : [{ kind: 'paragraph' as const, runs: [{ text: '—' }] }];
  drawBlocks(doc, notes, { x: slide.thumbnail ? margin + 88 : margin, y: 32, width: width - 2 * margin - (slide.thumbnail ? 88 : 0), maxY: 190, size: 12, color: INK });
}

function drawAppendix(doc: jsPDF, input: HandoutInput, appendix: ReturnType<typeof numberSources>['appendix']) {
  const { width, margin } = PAGE;
  const { t } = input;
  drawText(doc, t('page.appendix'), { x: margin, y: 15, width: width - 2 * margin, maxY: 28, size: 18, bold: true, color: INK });
  if (appendix.length === 0) {
    drawText(doc, t('page.noSources'), { x: margin, y: 32, width: width - 2 * margin, maxY: 60, size: 11, color: MUTED });
    return;
  }
  let y = 32;
  for (const source of appendix) {
    if (y > 185) {
      doc.addPage();
      y = 20;
    }
    const text = [`[${source.n}] ${formatSource(source)}`, source.url].filter(Boolean).join('\n');
    y = drawText(doc, text, { x: margin, y, width: width - 2 * margin, maxY: 195, size: 10, color: INK }).y + 3;
  }
}

function drawFooters(doc: jsPDF, { t }: HandoutInput) {
  const count = doc.getNumberOfPages();
  for (let n = 1; n <= count; n++) {
    doc.setPage(n);
    drawText(doc, t('attribution'), { x: PAGE.margin, y: PAGE.height - 10, width: 180, maxY: PAGE.height, size: 7.5, color: MUTED });
    const label = t('page.pageOf', { n, count });
    doc.setFont('NotoSans', 'normal');
    doc.setFontSize(7.5);
    drawText(doc, label, { x: PAGE.width - PAGE.margin - doc.getTextWidth(label) - 1, y: PAGE.height - 10, width: 60, maxY: PAGE.height, size: 7.5, color: ACCENT });
  }
}
