// The PNG of the current view: the map picture with an optional title, legend and attribution drawn on top.
import i18next from 'i18next';
import type { MapViewState } from '../slides';
import { legendItems } from './legend';
import type { PngOptions } from './run';

export async function composePng(map: Blob, options: PngOptions, scale: number, view: MapViewState): Promise<HTMLCanvasElement> {
  const img = await createImageBitmap(map);
  const canvas = document.createElement('canvas');
  canvas.width = options.width;
  canvas.height = options.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, 0, 0, options.width, options.height);
  img.close();
  const t = i18next.getFixedT(null, 'export');
  const atlas = i18next.getFixedT(null, 'atlas');
  const font = (px: number, weight = 400) => `${weight} ${Math.round(px * scale)}px "Noto Sans", "Noto Sans KR", sans-serif`;
  const s = (n: number) => n * scale;
  const pad = s(14);
  ctx.textBaseline = 'middle';
  if (options.title) {
    ctx.font = font(22, 600);
    const w = Math.min(ctx.measureText(options.title).width + 2 * pad, options.width - 2 * pad);
    ctx.fillStyle = 'rgba(31, 51, 71, 0.9)';
    ctx.fillRect(pad, pad, w, s(44));
    ctx.fillStyle = '#f5efe2';
    ctx.fillText(options.title, 2 * pad, pad + s(22), w - 2 * pad);
  }
  if (options.legend) {
    const items = legendItems(view, (k) => atlas(k), (k) => t(`legend.${k}`));
    const row = s(19);
    const rows = Math.ceil(items.length / 2);
    ctx.font = font(12);
    const col = Math.max(...items.map((i) => ctx.measureText(i.label).width)) + s(34);
    const w = Math.min(col * 2 + s(12), options.width - 2 * pad);
    const h = rows * row + s(12);
    const x = options.width - w - pad;
    const y = options.height - h - pad - (options.attribution ? s(20) : 0);
    ctx.fillStyle = 'rgba(255, 253, 248, 0.93)';
    ctx.fillRect(x, y, w, h);
    items.forEach((item, i) => {
      const ix = x + s(8) + (i >= rows ? col : 0);
      const iy = y + s(6) + (i % rows) * row + row / 2;
      ctx.fillStyle = item.colour;
      ctx.strokeStyle = item.stroke ?? item.colour;
      ctx.lineWidth = s(2);
      if (item.kind === 'line') {
        ctx.beginPath();
        ctx.moveTo(ix, iy);
        ctx.lineTo(ix + s(20), iy);
        ctx.stroke();
      } else if (item.kind === 'dot') {
        ctx.beginPath();
        ctx.arc(ix + s(10), iy, s(5.5), 0, 2 * Math.PI);
        ctx.fill();
      } else {
        ctx.fillRect(ix, iy - s(6), s(20), s(12));
        ctx.strokeRect(ix, iy - s(6), s(20), s(12));
      }
      ctx.fillStyle = '#1d2530';
      ctx.fillText(item.label, ix + s(26), iy, col - s(30));
    });
  }
  if (options.attribution) {
    ctx.font = font(11);
    const text = t('attribution');
    const w = ctx.measureText(text).width + s(12);
    ctx.fillStyle = 'rgba(255, 253, 248, 0.85)';
    ctx.fillRect(options.width - w, options.height - s(18), w, s(18));
    ctx.fillStyle = '#5a6270';
    ctx.fillText(text, options.width - w + s(6), options.height - s(9));
  }
  return canvas;
}
