// Wrapped, styled text for jsPDF: words are measured in the font that can draw them
// (Noto Sans or Noto Sans KR), so English, Korean and Mongolian mix on one line.
import type { jsPDF } from 'jspdf';
import type { CaptionBlock, TextRun } from '../slides';
import { familyFor } from './fonts';

const PT = 0.3528; // mm per point

export interface TextBox {
  x: number;
  y: number;
  width: number;
  /** Text below this line is cut and an ellipsis shown. */
  maxY: number;
  size: number;
  color?: [number, number, number];
  lineHeight?: number;
}

const setFont = (doc: jsPDF, text: string, bold: boolean) => doc.setFont(familyFor(text), bold ? 'bold' : 'normal');

/** Draws blocks of runs; returns the y below the last line drawn and whether everything fit. */
export function drawBlocks(doc: jsPDF, blocks: readonly CaptionBlock[], box: TextBox): { y: number; fitted: boolean } {
  const lh = box.size * PT * (box.lineHeight ?? 1.45);
  doc.setFontSize(box.size);
  doc.setTextColor(...(box.color ?? [29, 37, 48]));
  let y = box.y + box.size * PT;
  for (const block of blocks) {
    const indent = block.kind === 'paragraph' ? 0 : 5;
    if (y > box.maxY) return { y, fitted: false };
    if (block.kind !== 'paragraph') {
      const marker = block.kind === 'bullet' ? '•' : `${block.n}.`;
      setFont(doc, marker, false);
      doc.text(marker, box.x + 1, y);
    }
    const result = drawRuns(doc, block.runs, { ...box, x: box.x + indent, width: box.width - indent }, y, lh);
    if (!result.fitted) return { y: result.y, fitted: false };
    y = result.y + lh * 1.35;
  }
  return { y: y - lh, fitted: true };
}

function drawRuns(doc: jsPDF, runs: readonly TextRun[], box: TextBox, startY: number, lh: number): { y: number; fitted: boolean } {
  let x = box.x;
  let y = startY;
  let pendingSpace = 0;
  const right = box.x + box.width;
  for (const run of runs) {
    for (const token of run.text.split(/(\s+)/)) {
      if (!token) continue;
      if (/^\s+$/.test(token)) {
        if (token.includes('\n')) {
          y += lh;
          x = box.x;
          pendingSpace = 0;
        } else if (x > box.x) {
          setFont(doc, ' ', !!run.bold);
          pendingSpace = doc.getTextWidth(' ');
        }
        continue;
      }
      setFont(doc, token, !!run.bold);
      for (const piece of splitToWidth(doc, token, box.width)) {
        const w = doc.getTextWidth(piece);
        if (x > box.x && x + pendingSpace + w > right) {
          y += lh;
          x = box.x;
          pendingSpace = 0;
        }
        if (y > box.maxY) {
          doc.text('…', box.x, y - lh);
          return { y, fitted: false };
        }
        x += pendingSpace;
        doc.text(piece, x, y);
        x += w;
        pendingSpace = 0;
      }
    }
  }
  return { y, fitted: true };
}

/** A word wider than the whole box (a long URL, a run of markup) is broken between characters, or it would run off the page. */
function splitToWidth(doc: jsPDF, word: string, width: number): string[] {
  if (doc.getTextWidth(word) <= width) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && doc.getTextWidth(piece + ch) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  return piece ? [...pieces, piece] : pieces;
}

/** One plain line or paragraph in one style. */
export function drawText(doc: jsPDF, text: string, box: TextBox & { bold?: boolean }): { y: number; fitted: boolean } {
  return drawBlocks(doc, [{ kind: 'paragraph', runs: [{ text, bold: box.bold }] }], box);
}
