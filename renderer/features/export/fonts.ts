// Noto Sans TTFs bundled with the app (loaded from its own files, never the network) for the PDF:
// Latin and Cyrillic from Noto Sans, Hangul from Noto Sans KR. jsPDF embeds only the glyphs used.
import type { jsPDF } from 'jspdf';
import notoRegular from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import notoBold from '@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf?url';
import notoKrRegular from '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf?url';
import notoKrBold from '@expo-google-fonts/noto-sans-kr/600SemiBold/NotoSansKR_600SemiBold.ttf?url';
import { binaryString } from './bytes';

export type PdfFamily = 'NotoSans' | 'NotoSansKR';

const FILES: Record<PdfFamily, { normal: string; bold: string }> = {
  NotoSans: { normal: notoRegular, bold: notoBold },
  NotoSansKR: { normal: notoKrRegular, bold: notoKrBold },
};

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
export const needsKorean = (text: string) => HANGUL.test(text);
/** The family that can draw this text: Noto Sans KR when it holds Hangul, else Noto Sans. */
export const familyFor = (text: string): PdfFamily => (needsKorean(text) ? 'NotoSansKR' : 'NotoSans');

const cache = new Map<string, Promise<string>>();

function loadFile(url: string): Promise<string> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`font ${url} is missing from the app (${r.status})`);
        return r.arrayBuffer();
      })
      .then((buffer) => binaryString(new Uint8Array(buffer)));
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}

/** Registers the families the document needs (Korean only when some text has Hangul). */
export async function embedFonts(doc: jsPDF, withKorean: boolean): Promise<void> {
  const families: PdfFamily[] = withKorean ? ['NotoSans', 'NotoSansKR'] : ['NotoSans'];
  for (const family of families) {
    for (const style of ['normal', 'bold'] as const) {
      const data = await loadFile(FILES[family][style]);
      const file = `${family}-${style}.ttf`;
      doc.addFileToVFS(file, data);
      // No weight argument: jsPDF would fold it into the style name ('boldbold') and setFont(…, 'bold') would miss it.
      doc.addFont(file, family, style, 'Identity-H');
    }
  }
  doc.setFont('NotoSans', 'normal');
}
