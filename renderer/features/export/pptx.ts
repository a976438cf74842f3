// The PPTX: one slide per deck slide (map picture, title, caption, footnotes) with the speaker
// notes in each slide's notes field. Written with pptxgenjs; opens in PowerPoint and LibreOffice.
import PptxGenJS from 'pptxgenjs';
import { formatSource, numberSources, parseCaption, type CaptionBlock, type Slide } from '../slides';
import { bytesDataUrl } from './bytes';
import { throwIfAborted, type JobContext } from './job';
import type { HandoutInput, SlideImage } from './pdf';

type TextProps = PptxGenJS.TextProps;

const W = 13.333;
const FONT = (text: string) => (/[\uac00-\ud7af]/.test(text) ? 'Noto Sans KR' : 'Noto Sans');

function captionRuns(blocks: readonly CaptionBlock[], size: number): TextProps[] {
  const runs: TextProps[] = [];
  blocks.forEach((block, bi) => {
    block.runs.forEach((run, ri) => {
      const last = ri === block.runs.length - 1 && bi < blocks.length - 1;
      runs.push({
        text: run.text,
        options: {
          bold: !!run.bold,
          italic: !!run.italic,
          fontSize: size,
          fontFace: FONT(run.text),
          ...(ri === 0 && block.kind !== 'paragraph' ? { bullet: block.kind === 'numbered' ? { type: 'number' as const } : true } : {}),
          ...(last ? { breakLine: true } : {}),
        },
      });
    });
  });
  return runs;
}

export async function buildPptx(input: Omit<HandoutInput, 'includeNotes'>, job: JobContext = {}): Promise<Uint8Array<ArrayBuffer>> {
  const { deck, images } = input;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.author = deck.author;
  pptx.company = input.pack?.publisher ?? '';
  pptx.subject = input.pack ? `${input.pack.title} v${input.pack.version}` : '';
  const numbering = numberSources(deck);

  for (const slide of deck.slides) {
    throwIfAborted(job.signal);
    const s = pptx.addSlide();
    s.background = { color: 'FFFDF8' };
    addSlideContent(s, slide, images.get(slide.id), numbering.numbersFor(slide.id));
    if (slide.notes.trim()) s.addNotes(slide.notes);
  }
  throwIfAborted(job.signal);
  const out = await pptx.write({ outputType: 'uint8array', compression: true });
  throwIfAborted(job.signal);
  return out as Uint8Array<ArrayBuffer>;
}

function addSlideContent(s: PptxGenJS.Slide, slide: Slide, picture: SlideImage | undefined, numbers: number[]) {
  const image = picture && bytesDataUrl(picture.data, picture.format === 'PNG' ? 'image/png' : 'image/jpeg');
  const caption = parseCaption(slide.caption);
  if (slide.kind === 'title') {
    s.addText(slide.title, { x: 0.8, y: 2.3, w: W - 1.6, h: 1.5, fontSize: 40, bold: true, color: '1D2530', fontFace: FONT(slide.title), align: 'left' });
    if (caption.length) s.addText(captionRuns(caption, 20), { x: 0.8, y: 3.9, w: W - 1.6, h: 2, color: '5A6270', valign: 'top' });
    return;
  }
  s.addText(slide.title, { x: 0.5, y: 0.3, w: W - 1, h: 0.8, fontSize: 28, bold: true, color: '1D2530', fontFace: FONT(slide.title) });
  const footnotes = slide.sources.map((src, i) => `[${numbers[i]}] ${formatSource(src)}`).join('\n');
  if (slide.kind === 'chart' && picture && image) {
    // The chart keeps its proportions inside the map's area.
    const scale = Math.min(8.5 / picture.width, 5.74 / picture.height);
    s.addImage({ data: image, x: 0.5, y: 1.25, w: picture.width * scale, h: picture.height * scale });
  }
  if ((slide.kind === 'map' || slide.kind === 'chart') && image) {
    if (slide.kind === 'map') s.addImage({ data: image, x: 0.5, y: 1.25, w: 8.5, h: 5.74 });
    if (caption.length) s.addText(captionRuns(caption, 16), { x: 9.25, y: 1.25, w: 3.6, h: 4.2, color: '1D2530', valign: 'top' });
    if (footnotes) s.addText(footnotes, { x: 9.25, y: 5.5, w: 3.6, h: 1.5, fontSize: 9, color: '5A6270', valign: 'bottom', fontFace: FONT(footnotes) });
    return;
  }
  if (caption.length) s.addText(captionRuns(caption, 20), { x: 0.5, y: 1.3, w: W - 1, h: 4.8, color: '1D2530', valign: 'top' });
  if (footnotes) s.addText(footnotes, { x: 0.5, y: 6.2, w: W - 1, h: 1, fontSize: 10, color: '5A6270', valign: 'bottom', fontFace: FONT(footnotes) });
}
